import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test/deno and test/bun hold files for other runtimes; vitest must not pick them up
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    exclude: ['test/deno/**', 'test/bun/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    testTimeout: 30_000,
  },
});
