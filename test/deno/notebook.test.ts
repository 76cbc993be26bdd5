// The example notebook's imports exist in the built package (so the notebook cannot silently rot).
// @ts-types="../../dist/index.d.ts"
import * as api from '../../dist/index.js';
import { ok } from 'node:assert/strict';

Deno.test('examples/notebook.ipynb imports only what the package exports', async () => {
  const nb = JSON.parse(await Deno.readTextFile(new URL('../../examples/notebook.ipynb', import.meta.url)));
  const source: string = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').map((c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');
  const names = [...source.matchAll(/import \{([^}]+)\} from/g)].flatMap((m) => m[1]!.split(',').map((s: string) => s.trim()).filter((s: string) => s !== ''));
  ok(names.length > 3);
  for (const name of names) ok(name in api, `${name} is not exported`);
});

Deno.test('the package as Deno resolves it is the "node" entry, which adds the display only inside a kernel', async () => {
  ok(import.meta.resolve('npm:funnel-math').endsWith('/dist/node/index.js'), import.meta.resolve('npm:funnel-math'));
  const fm = await import('npm:funnel-math');
  const plan = fm.requiredActivity(fm.defineFunnel(['call', 'sale'] as const), { goal: 50, rates: { sale: '5%' } });
  // `deno test` is not `deno jupyter`: the results are the bare objects (the notebook check runs the kernel)
  ok(Object.getOwnPropertySymbols(plan).length === 0);
  ok(plan.stages[0]!.required === 1000);
});
