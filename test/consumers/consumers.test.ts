import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumer, NODES, root } from './pack.js';

/**
 * The packed tarball as a consumer installs it, on every tested Node version: an ESM app, a
 * CommonJS app, the type declarations under TypeScript's node16, nodenext and bundler resolution,
 * and the command line. Each runs in its own process, with that version's node binary.
 */
let dir = '';
beforeAll(() => {
  dir = consumer().dir;
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const seedPlan = {
  required: { call: 1000, appointment: 150, sale: 50 },
  perWorkingDay: { call: 48, appointment: 8, sale: 3 },
  sheet: [[1000], [150], [50]], // a plan spills down a column, one stage a row
  code: 'INVALID_NUMBER',
};

function run(node: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(node, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(NODES)('Node $major', ({ major, bin }) => {
  it('is the version it claims', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('an ESM app imports both entry points and computes the seed plan', () => {
    const r = run(bin, ['run.mjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(seedPlan);
  });

  it('a CommonJS app requires both entry points and computes the same plan', () => {
    const r = run(bin, ['run.cjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(seedPlan);
  });

  // the declarations themselves (and those they import) are checked once, on the Node running the
  // tests; on the others, what an app sees of them, as with the common `skipLibCheck`
  const libraries = bin === process.execPath ? [] : ['--skipLibCheck'];
  it.each(['node16', 'nodenext', 'bundler'])('the declarations type-check under %s resolution, and a misspelt stage does not', (resolution) => {
    const r = run(bin, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${resolution}.json`, ...libraries]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('the command line runs from its bin entry', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', 'funnel-math', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const cli = join(dir, 'node_modules', 'funnel-math', manifest.bin['funnel-math']!);
    const plan = run(bin, [cli, 'plan', '--stages', 'call,appointment,sale', '--rates', '15%,1/3', '--goal', '50', '--json']);
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout).required).toEqual(seedPlan.required);
    const wrong = run(bin, [cli, 'plan', '--stages', 'call,sale', '--rates', '0', '--goal', '50']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe('funnel-math plan: The rate into "sale" is 0, so no amount of activity reaches it; give a rate above 0. [ZERO_RATE at rates.0]\n');
  });
});
