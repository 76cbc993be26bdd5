import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'funnel-math-goal-'));
function goalFile(name: string, target: string): string {
  const file = join(dir, name);
  const goal = {
    title: 'Grow revenue of our core product',
    metric: 'revenue',
    unit: 'USD',
    kind: 'outcome',
    target,
    baseline: { value: 700000, period: '2025' },
    start: '2026-01-01',
    deadline: '2026-12-31',
    owner: 'Sales team',
    method: 'consultative selling',
    checkIn: 'monthly',
  };
  writeFileSync(file, JSON.stringify({ goal, context: { history: [{ period: '2024', value: 640000 }, { period: '2025', value: 700000 }] } }));
  return file;
}

describe('funnel-math goal check', () => {
  it('DOMAIN §4: after $700,000 last year, $5M fails (exit 3) and +10% passes (exit 0)', async () => {
    const fails = await run('goal', 'check', goalFile('big.json', '5000000'));
    expect(fails.code).toBe(3);
    // in words a manager reads: a sentence, each criterion and what was found, no codes
    expect(fails.stdout).toBe(
      [
        'The goal "Grow revenue of our core product" is not SMART yet: 1 criterion fails.',
        '',
        '  Specific    passes',
        '  Measurable  passes',
        '  Achievable  fails',
        '      The target needs a change of +614.3% (from $700,000 to $5,000,000) where history suggests about +9.4%; that is far beyond the record (z = 9.39).',
        '  Realistic   not checked',
        '      Realism was not checked against the funnel and capacity: give the funnel, its rates and the team’s capacity.',
        '  Time-bound  passes',
        '',
      ].join('\n'),
    );
    expect(fails.stdout).not.toMatch(/[A-Z]{3,}_[A-Z]+/);
    const passes = await run('goal', 'check', goalFile('ten.json', '+10%'), '--json');
    expect(passes.code).toBe(0);
    expect(JSON.parse(passes.stdout).verdict).toBe('pass');
    // the codes stay in the JSON
    expect(JSON.parse((await run('goal', 'check', goalFile('big2.json', '5000000'), '--json')).stdout).findings.map((f: { code: string }) => f.code)).toEqual([
      'GROWTH_ABOVE_HISTORY',
      'REALISTIC_UNCHECKED',
    ]);
    const ok = await run('goal', 'check', goalFile('ten2.json', '+10%'));
    expect(ok.stdout.split('\n')[0]).toBe('The goal "Grow revenue of our core product" is SMART: it passes every criterion checked.');
  });
  it('a missing or broken file cannot be used: exit 1, the reason, no help text (as the help promises)', async () => {
    const missing = await run('goal', 'check', join(dir, 'nope.json'));
    expect([missing.code, missing.stderr]).toEqual([1, `funnel-math goal check: cannot read ${join(dir, 'nope.json')}: check the path\n`]);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const bad = await run('goal', 'check', broken);
    expect([bad.code, bad.stderr.startsWith(`funnel-math goal check: ${broken} is not valid JSON (`), bad.stderr.includes('Usage:')]).toEqual([1, true, false]);
  });
  it('"goal" alone names its commands; "goal --help" shows their help', async () => {
    const help = await run('goal', '--help');
    expect([help.code, help.stdout.startsWith('Usage: funnel-math goal check')]).toEqual([0, true]);
    const bare = await run('goal');
    expect([bare.code, bare.stderr.split('\n')[0]]).toEqual([2, 'funnel-math goal: give one of "goal check"']);
  });
});
