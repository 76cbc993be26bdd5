import { defineConfig } from 'vitest/config';

/**
 * Three projects, all run by `npm test`:
 * - unit: behaviour (`*.test.ts`) and type tests (`*.test-d.ts`);
 * - properties: fast-check properties (`*.test-prop.ts`) that take a few seconds at most;
 * - slow-properties: the fuzz suite and properties that take longer (add a file here when its
 *   properties pass a few seconds);
 * - browser: the charts drawn by headless Chromium (puppeteer-core and @sparticuz/chromium, from npm).
 * Every property runs with one seed per run, chosen and printed by test/setup/global.ts: a fixed one
 * unless FUNNEL_MATH_SEED sets another or `--mode random` (npm run test:random) asks for a fresh one.
 */
const SLOW_PROPERTIES = ['test/fuzz/**/*.test-prop.ts', 'test/goals/cascadeGoal.test-prop.ts'];

// test/deno and test/bun hold files for other runtimes; vitest must not pick them up
const exclude = ['test/deno/**', 'test/bun/**', 'node_modules/**'];
// the charts drawn by a real headless Chromium: one file, one browser, its own project
const BROWSER = ['test/browser/**/*.test.ts'];
const shared = { exclude, setupFiles: ['test/setup/fastCheck.ts'], testTimeout: 30_000 };

export default defineConfig(({ mode }) => ({
  test: {
    globalSetup: ['test/setup/global.ts'],
    provide: { fastCheckSeedRequest: mode === 'random' ? 'random' : (process.env['FUNNEL_MATH_SEED'] ?? '') },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...exclude, ...BROWSER],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
        },
      },
      { test: { ...shared, name: 'properties', include: ['test/**/*.test-prop.ts'], exclude: [...exclude, ...SLOW_PROPERTIES] } },
      { test: { ...shared, name: 'slow-properties', include: SLOW_PROPERTIES } },
      { test: { ...shared, name: 'browser', include: BROWSER, testTimeout: 60_000 } },
    ],
  },
}));
