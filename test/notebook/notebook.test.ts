import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * examples/notebook.ipynb executed for real: Jupyter's nbconvert with the Deno kernel, every cell
 * checked for its tables and chart (scripts/check-notebook.mjs, also `npm run check:notebook`).
 * It reads dist/, which `npm test` builds before vitest runs. Jupyter is a system package; without
 * it the test is skipped, and says why.
 */
const root = join(import.meta.dirname, '..', '..');
const jupyter = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' });
const hasJupyter = !jupyter.error && jupyter.status === 0;

describe('the example notebook', () => {
  it.skipIf(!hasJupyter)(
    hasJupyter
      ? 'runs in Jupyter with the Deno kernel, every result showing itself as a table and the charts as SVG'
      : 'runs in Jupyter with the Deno kernel — skipped: jupyter is not installed (apt-get install -y jupyter-nbconvert python3-ipykernel)',
    () => {
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'check-notebook.mjs')], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^notebook\.ipynb: every cell ran with the Deno kernel in [\d.]+ s; the tables and the charts hold the expected figures\.\n$/);
      expect(run.status).toBe(0);
    },
    180_000,
  );
});
