import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Runs once per `vitest run`, before any test file:
 * - builds dist/ when it is missing or older than its sources, so a fresh clone runs `npx vitest
 *   run` without a prior `npm run build` (package.test.ts and the sheets bundle tests load the build);
 * - picks the fast-check seed every property runs with, and prints it once.
 */
const root = join(import.meta.dirname, '..', '..');

/** What the tests load from dist/: if any is missing or older than a source, the build is stale. */
const OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'node/index.js', 'sheets/index.js', 'sheets.d.ts', 'funnel-math.global.js', 'cli.js'];
const INPUTS = ['package.json', 'tsup.config.ts', 'tsconfig.json', 'scripts/clean.mjs', 'scripts/copy-types.mjs'];

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  let oldestOutput = Infinity;
  for (const file of OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(join(root, 'dist', file)).mtimeMs);
    } catch {
      return true; // missing
    }
  }
  const newestInput = Math.max(newestIn(join(root, 'src')), ...INPUTS.map((f) => statSync(join(root, f)).mtimeMs));
  return newestInput > oldestOutput;
}

/** The default seed: `npm test` is deterministic unless FUNNEL_MATH_SEED says otherwise. */
const DEFAULT_SEED = 20_261_201;

/** `FUNNEL_MATH_SEED=<integer>` replays a run, `random` (or `--mode random`) draws a fresh seed. */
export function seedFrom(request: string | undefined): { seed: number; how: string } {
  if (request === undefined || request === '') return { seed: DEFAULT_SEED, how: 'fixed; FUNNEL_MATH_SEED=<integer> sets another' };
  if (request === 'random') {
    const seed = Math.floor(Math.random() * 2 ** 31);
    return { seed, how: `fresh; replay with FUNNEL_MATH_SEED=${seed}` };
  }
  if (!/^-?\d+$/.test(request) || !Number.isSafeInteger(Number(request)) || Math.abs(Number(request)) >= 2 ** 31) {
    throw new Error(`FUNNEL_MATH_SEED should be a whole number below 2^31 or "random"; got "${request}".`);
  }
  return { seed: Number(request), how: 'from FUNNEL_MATH_SEED' };
}

export default function setup(project: TestProject): void {
  if (buildIsStale()) {
    console.log('dist/ is missing or older than src/: building it once before the tests (npm run build)');
    execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  }
  const { seed, how } = seedFrom(project.getProvidedContext().fastCheckSeedRequest);
  console.log(`fast-check seed ${seed} (${how})`);
  project.provide('fastCheckSeed', seed);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** What the run asked for: '' (the default seed), an integer, or 'random'. */
    fastCheckSeedRequest: string;
    /** The seed every fast-check property of this run uses. */
    fastCheckSeed: number;
  }
}
