import { describe as describeValue, fail } from '../errors.js';
import { isPlainObject } from '../schema.js';

/** A result laid out as a table: what the text, Markdown, HTML and spreadsheet views draw. */
export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Lines under the table: rounding policy, warnings. */
  readonly notes: readonly string[];
}

type Shape = Record<string, unknown>;
type Layout = (value: Shape) => Table | undefined;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' && 'toString' in v ? String(v) : String(v));
const pct = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const r = v as { toPercent?: (digits: number) => string };
  return typeof r.toPercent === 'function' ? r.toPercent(1) : String(v);
};

const plan: Layout = (v) => {
  if (!Array.isArray(v['stages']) || typeof v['roundingPolicy'] !== 'string') return undefined;
  const stages = v['stages'] as Shape[];
  return {
    title: `Activity plan (${String(v['rounding'])} rounding)`,
    columns: ['stage', 'required', 'rate', 'of'],
    rows: stages.map((s) => [String(s['stage']), s['required'] as number, pct(s['rate']), str(s['ofStage'])]),
    notes: [String(v['roundingPolicy'])],
  };
};

const counts: Layout = (v) => {
  if (!Array.isArray(v['stages']) || !('overall' in v)) return undefined;
  const stages = v['stages'] as Shape[];
  const rate = (r: unknown) => (isPlainObject(r) ? (r['value'] ? `${pct(r['value'])} of ${String(r['of'])}` : `— (${String(r['reason'])})`) : null);
  return {
    title: 'Conversion rates',
    columns: ['stage', 'count', 'of previous', 'of first', 'dropped'],
    rows: stages.map((s) => [String(s['stage']), s['count'] as number, rate(s['ofPrevious']), rate(s['ofFirst']), s['dropped'] as number | null]),
    notes: ((v['warnings'] as Shape[] | undefined) ?? []).map((w) => `warning: ${String(w['message'])}`),
  };
};

const scheduleLayout: Layout = (v) => {
  if (!Array.isArray(v['periods']) || !isPlainObject(v['perWorkingDay'])) return undefined;
  const ids = Object.keys(v['perWorkingDay']);
  const periods = v['periods'] as Shape[];
  return {
    title: `Schedule by ${String(v['per'])}, ${String(v['start'])} to ${String(v['end'])}`,
    columns: ['period', 'working days', ...ids],
    rows: [
      ...periods.map((p) => [`${String(p['start'])} – ${String(p['end'])}`, p['workingDays'] as number, ...ids.map((id) => (p['targets'] as Shape)[id] as number)]),
      ['per working day', null, ...ids.map((id) => (v['perWorkingDay'] as Shape)[id] as number)],
    ],
    notes: [String(v['rounding'])],
  };
};

const smart: Layout = (v) => {
  if (typeof v['verdict'] !== 'string' || !isPlainObject(v['criteria']) || !Array.isArray(v['findings'])) return undefined;
  const criteria = v['criteria'] as Record<string, Shape>;
  return {
    title: `SMART check: ${String(v['verdict'])}`,
    columns: ['criterion', 'verdict', 'findings'],
    rows: Object.keys(criteria).map((name) => {
      const c = criteria[name]!;
      const findings = (c['findings'] as Shape[]).map((f) => `${String(f['severity'])} ${String(f['code'])}`).join(', ');
      return [name, c['checked'] === false ? `${String(c['verdict'])} (not checked)` : String(c['verdict']), findings || null];
    }),
    notes: (v['findings'] as Shape[]).filter((f) => f['severity'] !== 'info').map((f) => `${String(f['severity'])}: ${String(f['message'])}`),
  };
};

const activity: Layout = (v) => {
  const stages = v['stages'];
  if (!Array.isArray(stages) || !('overall' in v) || !isPlainObject(stages[0]) || !('touches' in stages[0])) return undefined;
  const rate = (r: unknown) => (isPlainObject(r) ? (r['value'] ? `${pct(r['value'])} of ${String(r['of'])}` : `— (${String(r['reason'])})`) : null);
  return {
    title: 'Funnel from activity',
    columns: ['stage', 'touches', 'prospects', 'new', 'inbound', 'of previous', 'of first', 'dropped', 'open'],
    rows: (stages as Shape[]).map((s) => [
      String(s['stage']),
      s['touches'] as number,
      s['count'] as number,
      s['newProspects'] as number,
      s['inbound'] as number,
      rate(s['ofPrevious']),
      rate(s['ofFirst']),
      s['dropped'] as number | null,
      s['open'] as number | null,
    ]),
    notes: ((v['warnings'] as Shape[] | undefined) ?? []).map((w) => `warning: ${String(w['message'])}`),
  };
};

const layouts: Layout[] = [plan, scheduleLayout, activity, counts, smart];

/**
 * Lays out a result of this library (a plan, a rates report, a schedule, a SMART check) as a table of
 * columns and rows, the common ground of every view. A plain array of flat objects is laid out
 * with their keys as columns.
 *
 * @param result - a result object from a function of this library.
 * @returns title, columns, rows (numbers stay numbers; rates become percent strings) and notes.
 * @throws FunnelMathError `INVALID_INPUT` when the value is not a result this can lay out.
 * @example
 * import { defineFunnel, requiredActivity, toTable } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
 * toTable(plan).rows; // => [['call', 1000, null, null], ['appointment', 150, '15.0%', 'call'], ['sale', 50, '33.3%', 'appointment']]
 * @category Presentation
 */
export function toTable(result: unknown): Table {
  if (isPlainObject(result)) {
    for (const layout of layouts) {
      const table = layout(result);
      if (table) return table;
    }
  }
  if (Array.isArray(result) && result.length > 0 && result.every(isPlainObject)) {
    const columns = [...new Set(result.flatMap((r) => Object.keys(r as Shape)))];
    return {
      title: '',
      columns,
      rows: result.map((r) => columns.map((c) => cell((r as Shape)[c]))),
      notes: [],
    };
  }
  return fail('INVALID_INPUT', `toTable lays out results of this library (plans, rates, schedules) or arrays of flat objects; got ${describeValue(result)}.`, ['result']);
}

function cell(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'object') {
    if (typeof (v as { toPercent?: unknown }).toPercent === 'function') return pct(v);
    try {
      return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? String(x) : x)) ?? null;
    } catch {
      return '[unprintable]'; // cycles, or a toJSON that throws
    }
  }
  if (typeof v === 'symbol') return v.toString();
  return String(v);
}
