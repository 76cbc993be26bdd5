// Runs examples/notebook.ipynb for real: Jupyter's nbconvert executes every cell with the Deno
// kernel (the deno of this package's dev dependencies), then each cell is checked for what a reader
// should see: no error, and the tables (text/html) and the chart (image/svg+xml) with their figures.
// Nothing outside the project is used but Jupyter itself (Debian: jupyter-nbconvert python3-ipykernel):
// the kernelspec, the Jupyter folders and the nbconvert settings live in a temporary folder.
//
//   node scripts/check-notebook.mjs [notebook]     (npm run check:notebook builds first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const notebook = resolve(process.argv[2] ?? join(root, 'examples', 'notebook.ipynb'));
const APT = 'apt-get install -y jupyter-nbconvert python3-ipykernel';

let work = null;
function stop(lines) {
  console.error(['check:notebook failed:', ...lines].join('\n  '));
  if (work !== null) rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

const version = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  stop([`Jupyter's nbconvert is not installed (\`jupyter nbconvert --version\` ${version.error ? 'was not found' : 'failed'}).`, `On Debian or Ubuntu: ${APT}`]);
}
if (!existsSync(join(root, 'dist', 'node', 'index.js'))) stop(['dist/node/index.js is missing: run `npm run build` first.']);

// the deno binary of the npm package (its install script puts it beside bin.cjs)
const denoDir = dirname(createRequire(import.meta.url).resolve('deno/package.json'));
const deno = existsSync(join(denoDir, 'deno')) ? [join(denoDir, 'deno')] : [process.execPath, join(denoDir, 'bin.cjs')];

work = mkdtempSync(join(tmpdir(), 'funnel-math-notebook-'));
try {
  mkdirSync(join(work, 'kernels', 'deno'), { recursive: true });
  writeFileSync(
    join(work, 'kernels', 'deno', 'kernel.json'),
    JSON.stringify({ argv: [...deno, 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' }),
  );
  // The Deno kernel (2.9) sometimes publishes a cell's result just after it reports the cell done
  // ("idle"); nbconvert stops listening at "idle" and the output is silently lost. This executor
  // keeps listening briefly after "idle" for messages of the same cell.
  writeFileSync(
    join(work, 'nbconvert_config.py'),
    `import asyncio, queue
from nbconvert.exporters import Exporter
from nbconvert.preprocessors import ExecutePreprocessor
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async

class LingeringExecutePreprocessor(ExecutePreprocessor):
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        done = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=0.25 if done else None))
            except queue.Empty:
                return
            if msg['parent_header'].get('msg_id') != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                done = True

c = get_config()
c.Exporter.default_preprocessors = [LingeringExecutePreprocessor if p == 'nbconvert.preprocessors.ExecutePreprocessor' else p for p in Exporter.class_traits()['default_preprocessors'].default()]
`,
  );
  const started = performance.now();
  const run = spawnSync(
    'jupyter',
    [
      'nbconvert', '--to', 'notebook', '--execute', notebook,
      '--output-dir', work, '--output', 'executed',
      `--config=${join(work, 'nbconvert_config.py')}`,
      '--ExecutePreprocessor.kernel_name=deno', '--ExecutePreprocessor.timeout=180',
    ],
    {
      cwd: dirname(notebook),
      encoding: 'utf8',
      env: {
        ...process.env,
        JUPYTER_PATH: work,
        JUPYTER_DATA_DIR: join(work, 'data'),
        JUPYTER_CONFIG_DIR: join(work, 'config'),
        JUPYTER_RUNTIME_DIR: join(work, 'runtime'),
        JUPYTER_PLATFORM_DIRS: '1',
        DENO_NO_UPDATE_CHECK: '1',
        NO_COLOR: '1',
      },
    },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const executed = join(work, 'executed.ipynb');
  if (run.status !== 0 || !existsSync(executed) || /Exception while loading config/.test(run.stderr ?? '')) {
    stop([`nbconvert could not execute ${basename(notebook)} (exit ${run.status}):`, ...(run.stderr ?? '').trim().split('\n').slice(-25)]);
  }
  const problems = check(JSON.parse(readFileSync(executed, 'utf8')));
  if (problems.length > 0) stop([`${basename(notebook)} ran with the Deno kernel in ${seconds} s, but:`, ...problems]);
  console.log(`${basename(notebook)}: every cell ran with the Deno kernel in ${seconds} s; the tables and the charts hold the expected figures.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** What each cell must show (by cell id): MIME type → texts it contains. */
function expectations() {
  const html = (...texts) => ({ 'text/html': texts });
  const plain = (...texts) => ({ 'text/plain': texts });
  const row = (...cells) => cells.map((c) => `<td dir="auto"${typeof c === 'number' ? ' style="text-align:right"' : ''}>${typeof c === 'number' ? c.toLocaleString('en-US') : c}</td>`).join('');
  return {
    imports: null, // no result
    counts: html('<caption>Conversion rates</caption>', row('presentation', 25, '25.0% of call', '25.0% of call', 75)),
    denominator: html(row('sale', 10, '66.7% of meeting', '16.7% of contact', 5)),
    plan: { ...html('<caption>Activity plan (each-stage rounding)</caption>', row('call', 1000, '—', '—'), row('sale', 50, '33.3%', 'appointment')), 'text/markdown': ['| call | 1,000 | — | — |'] },
    'rounding-once': html('<caption>Activity plan (once rounding)</caption>', row('call', 1112, '—', '—')),
    quota: html(row('call', 300, '—', '—')),
    'working-days': plain('21'),
    schedule: html('<caption>Schedule by week, 2026-11-01 to 2026-11-30</caption>', `${row('per working day')}<td dir="auto" style="text-align:right">—</td>${row(48, 8, 3)}`),
    interval: html('<caption>Interval</caption>', '<td dir="auto">rate</td><td dir="auto">66.7%</td>', '<td dir="auto">lower</td><td dir="auto">0.417</td>'),
    compare: html('<caption>Comparison</caption>', 'b really converts better'),
    'outcome-range': html('<td dir="auto">p10</td><td dir="auto">41</td>', '<td dir="auto">p90</td><td dir="auto">59</td>'),
    'hit-probability': html('<td dir="auto">probability</td><td dir="auto">0.52</td>'),
    confidence: html('<td dir="auto">activity</td><td dir="auto">1,180</td>'),
    sensitivity: html('<td dir="auto">best</td><td dir="auto">appointment</td>'),
    'activity-log': html('<caption>Funnel from activity</caption>', row('presentation', 3, 3, 3, 1, '50.0% of call', '50.0% of call', '0.600 per call touch', '0.600 per call touch', 1, 1)),
    'win-rate': html('40.0% of decided deals (8 of 20)'),
    'deal-size': html('<td dir="auto">median</td><td dir="auto">1025</td>'),
    coverage: html('3.25× quota (healthy: 3×–4×)'),
    smart: html('<caption>SMART check: fail</caption>', 'GROWTH_ABOVE_HISTORY'),
    pace: html('<td dir="auto">status</td><td dir="auto">on-track</td>'),
    forecast: html('<td dir="auto">expected.sale</td><td dir="auto">40</td>'),
    chart: { 'image/svg+xml': ['<svg xmlns="http://www.w3.org/2000/svg"', 'presentation'], 'text/plain': ['Conversion rates'] },
    'chart-schedule': { 'image/svg+xml': ['>Targets per week</text>', '>call: 1,000 in all</text>', '>2026-11-09 to 2026-11-15</text>', '>238</text>'] },
    'chart-outliers': { 'image/svg+xml': ['>Rates against control limits</text>', '>10 of 15 trials, above the 99.8% limits</text>', '>pooled rate 21.0%</text>'] },
    'chart-time': { 'image/svg+xml': ['>Time from call to sale</text>', '>1 (100.0%)</text>', 'median 10.0 days'] },
    'chart-outcomes': { 'image/svg+xml': ['>Outcomes of 1,000 attempts</text>', '>41 or fewer</text>', '>59 or fewer</text>', '>goal 50</text>'] },
  };
}

function check(nb) {
  const problems = [];
  const wanted = expectations();
  const code = nb.cells.filter((c) => c.cell_type === 'code');
  const text = (v) => (Array.isArray(v) ? v.join('') : String(v ?? ''));
  for (const id of Object.keys(wanted)) if (!code.some((c) => c.id === id)) problems.push(`no code cell "${id}" (the checks name cells by id)`);
  code.forEach((cell, i) => {
    const name = `cell ${i + 1} ("${cell.id}")`;
    const outputs = cell.outputs ?? [];
    for (const o of outputs) {
      if (o.output_type === 'error') problems.push(`${name} failed: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr') problems.push(`${name} wrote to stderr: ${text(o.text).trim()}`);
    }
    const want = Object.hasOwn(wanted, cell.id) ? wanted[cell.id] : undefined;
    if (want === undefined) return problems.push(`${name} has no expectations in scripts/check-notebook.mjs`);
    const results = outputs.filter((o) => o.output_type === 'execute_result' || o.output_type === 'display_data');
    if (want === null) {
      if (results.length > 0) problems.push(`${name} should show nothing, but shows ${Object.keys(results[0].data).join(', ')}`);
      return;
    }
    if (results.length !== 1) return problems.push(`${name} should show one result, but shows ${results.length}`);
    const data = results[0].data;
    for (const [mime, texts] of Object.entries(want)) {
      if (!Object.hasOwn(data, mime)) {
        problems.push(`${name} has no ${mime} (it has ${Object.keys(data).join(', ')})`);
        continue;
      }
      for (const t of texts) if (!text(data[mime]).includes(t)) problems.push(`${name}: ${mime} lacks ${JSON.stringify(t)}`);
    }
    if (want['text/html'] && !Object.hasOwn(data, 'text/markdown')) problems.push(`${name} has a table in text/html but none in text/markdown`);
  });
  return problems;
}
