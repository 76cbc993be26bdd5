import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { hasKind, kindOf } from '../kind.js';
import { enRender } from '../messages/enRender.js';
import type { ErrorSubject } from '../messages/types.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { count, decimalOf, percentOf, rate, readResult, stageRate } from './read.js';

/** A result laid out as a table: what the text, Markdown, HTML and spreadsheet views draw. */
export interface Table {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'table';
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Lines under the table: rounding policy, warnings. */
  readonly notes: readonly string[];
}

type Cell = string | number | null;

const text = /* @__PURE__ */ z.string();
const warnings = /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ message: text }));

const planSchema = /* @__PURE__ */ z.object({
  rounding: text,
  roundingPolicy: text,
  stages: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ stage: text, required: count, rate: /* @__PURE__ */ z.nullable(rate), ofStage: /* @__PURE__ */ z.nullable(text) }),
  ),
});
const countsSchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      stage: text,
      count,
      ofPrevious: /* @__PURE__ */ z.nullable(stageRate),
      ofFirst: stageRate,
      dropped: /* @__PURE__ */ z.nullable(count),
    }),
  ),
  warnings,
});
/** A figure per touch of an activity report: not a rate, so it is shown as a number per touch, never a percent. */
const perTouch = /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ z.nullable(rate),
  of: text,
  reason: /* @__PURE__ */ z.nullable(text),
});
const activitySchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      stage: text,
      touches: count,
      count,
      newProspects: count,
      inbound: count,
      ofPrevious: /* @__PURE__ */ z.nullable(stageRate),
      ofFirst: stageRate,
      perTouchOfPrevious: /* @__PURE__ */ z.nullable(perTouch),
      perTouchOfFirst: perTouch,
      dropped: /* @__PURE__ */ z.nullable(count),
      open: /* @__PURE__ */ z.nullable(count),
    }),
  ),
  warnings,
});
const scheduleSchema = /* @__PURE__ */ z.object({
  per: text,
  start: text,
  end: text,
  rounding: text,
  // counts keyed by stage ids, which are the caller's own words: read by countsByStage, key by key
  perWorkingDay: /* @__PURE__ */ z.unknown(),
  periods: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ start: text, end: text, workingDays: count, targets: /* @__PURE__ */ z.unknown() })),
});
const criterion = /* @__PURE__ */ z.object({
  verdict: text,
  checked: /* @__PURE__ */ z.boolean(),
  findings: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ severity: text, code: text })),
});
const smartSchema = /* @__PURE__ */ z.object({
  verdict: text,
  criteria: /* @__PURE__ */ z.object({ specific: criterion, measurable: criterion, achievable: criterion, realistic: criterion, timeBound: criterion }),
  findings: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ severity: text, message: text })),
});
const finiteCell = /* @__PURE__ */ z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v), 'should be a finite number');
const tableSchema = /* @__PURE__ */ z.object({
  title: text,
  columns: /* @__PURE__ */ z.array(text),
  rows: /* @__PURE__ */ z.array(/* @__PURE__ */ z.array(/* @__PURE__ */ z.union([text, finiteCell, /* @__PURE__ */ z.null()]))),
  notes: /* @__PURE__ */ z.array(text),
});

const rateCell = (r: z.infer<typeof stageRate> | null): string | null =>
  r === null ? null : r.value !== null ? `${percentOf(r.value)} of ${r.of}` : `— (${r.reason ?? 'no rate'})`;
const perTouchCell = (r: z.infer<typeof perTouch> | null): string | null =>
  r === null ? null : r.value !== null ? `${decimalOf(r.value, 3)} per ${r.of} touch` : `— (${r.reason ?? 'no touches'})`;

/** What a count keyed by stage is, as a whole and at one stage. */
interface CountsAbout {
  readonly whole: ErrorSubject;
  readonly at: ErrorSubject;
  readonly row?: number;
}

/** Counts keyed by stage id, read with `Object.hasOwn` so ids such as `__proto__` are ordinary keys. */
function countsByStage(value: unknown, ids: readonly string[] | null, path: ErrorPath, about: CountsAbout): Record<string, number> {
  const words = { phrases: enRender, ...(about.row === undefined ? {} : { row: about.row }) };
  if (!isPlainObject(value)) fail('INVALID_INPUT', { ...words, subject: about.whole, expected: 'countsByStage', received: value }, path);
  const keys = ids ?? Object.keys(value);
  return Object.fromEntries(
    keys.map((id) => {
      const v = Object.hasOwn(value, id) ? value[id] : undefined;
      if (v === undefined) fail('MISSING_VALUE', { ...words, subject: about.at, stage: id, expected: 'count' }, [...path, id]);
      if (!Number.isSafeInteger(v) || (v as number) < 0) fail('INVALID_INPUT', { ...words, subject: about.at, stage: id, expected: 'count', received: v }, [...path, id]);
      return [id, v as number];
    }),
  );
}

type Layout = (value: unknown) => Table;

const plan: Layout = (value) => {
  const v = readResult(planSchema, value);
  return {
    kind: 'table',
    title: `Activity plan (${v.rounding} rounding)`,
    columns: ['stage', 'required', 'rate', 'of'],
    rows: v.stages.map((s) => [s.stage, s.required, s.rate === null ? null : percentOf(s.rate), s.ofStage]),
    notes: [v.roundingPolicy],
  };
};

const counts: Layout = (value) => {
  const v = readResult(countsSchema, value);
  return {
    kind: 'table',
    title: 'Conversion rates',
    columns: ['stage', 'count', 'of previous', 'of first', 'dropped'],
    rows: v.stages.map((s) => [s.stage, s.count, rateCell(s.ofPrevious), rateCell(s.ofFirst), s.dropped]),
    notes: v.warnings.map((w) => `warning: ${w.message}`),
  };
};

const scheduleLayout: Layout = (value) => {
  const v = readResult(scheduleSchema, value);
  const perDay = countsByStage(v.perWorkingDay, null, ['result', 'perWorkingDay'], { whole: 'shownPerDay', at: 'shownPerDayAt' });
  const ids = Object.keys(perDay);
  const rows: Cell[][] = v.periods.map((p, i) => {
    const targets = countsByStage(p.targets, ids, ['result', 'periods', i, 'targets'], { whole: 'shownTargets', at: 'shownTargetAt', row: i + 1 });
    return [`${p.start} – ${p.end}`, p.workingDays, ...ids.map((id) => targets[id]!)];
  });
  return {
    kind: 'table',
    title: `Schedule by ${v.per}, ${v.start} to ${v.end}`,
    columns: ['period', 'working days', ...ids],
    rows: [...rows, ['per working day', null, ...ids.map((id) => perDay[id]!)]],
    notes: [v.rounding],
  };
};

const smart: Layout = (value) => {
  const v = readResult(smartSchema, value);
  return {
    kind: 'table',
    title: `SMART check: ${v.verdict}`,
    columns: ['criterion', 'verdict', 'findings'],
    rows: Object.entries(v.criteria).map(([name, c]) => {
      const findings = c.findings.map((f) => `${f.severity} ${f.code}`).join(', ');
      return [name, c.checked ? c.verdict : `${c.verdict} (not checked)`, findings || null];
    }),
    notes: v.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity}: ${f.message}`),
  };
};

const activity: Layout = (value) => {
  const v = readResult(activitySchema, value);
  return {
    kind: 'table',
    title: 'Funnel from activity',
    columns: ['stage', 'touches', 'prospects', 'new', 'inbound', 'of previous', 'of first', 'per previous touch', 'per first touch', 'dropped', 'open'],
    rows: v.stages.map((s) => [
      s.stage,
      s.touches,
      s.count,
      s.newProspects,
      s.inbound,
      rateCell(s.ofPrevious),
      rateCell(s.ofFirst),
      perTouchCell(s.perTouchOfPrevious),
      perTouchCell(s.perTouchOfFirst),
      s.dropped,
      s.open,
    ]),
    notes: v.warnings.map((w) => `warning: ${w.message}`),
  };
};

const table: Layout = (value) => {
  const t = readResult(tableSchema, value);
  t.rows.forEach((r, i) => {
    if (r.length !== t.columns.length) {
      fail('INVALID_INPUT', { phrases: enRender, subject: 'tableRow', row: i + 1, expected: 'rowCells', columns: t.columns.length, received: r }, ['result', 'rows', i]);
    }
  });
  return { kind: 'table', title: t.title, columns: t.columns, rows: t.rows, notes: t.notes };
};

/** The layout of each kind that has one; other kinds are refused by name. */
const LAYOUTS: { readonly [kind: string]: Layout } = {
  plan,
  counts,
  'activity-report': activity,
  schedule: scheduleLayout,
  'smart-report': smart,
  table,
};

/**
 * A table checked to be drawable: a `kind: 'table'` value as it is, anything else through
 * {@link toTable}. @internal
 */
export function asTable(result: unknown): Table {
  return hasKind(result, 'table') ? table(result) : toTable(result);
}

/**
 * Lays out a result of this library (a plan, counted rates, an activity report, a schedule, a SMART
 * check) as a table of columns and rows, the common ground of every view. The result's `kind`
 * chooses the layout; its fields are checked before anything is drawn. A plain array of flat
 * objects is laid out with their keys as columns.
 *
 * @param result - a result object from a function of this library (or its JSON), or an array of flat objects.
 * @returns title, columns, rows (numbers stay numbers; rates become percent strings) and notes, with `kind: 'table'`.
 * @throws FunnelMathError `INVALID_INPUT` for a value that is not a result with a table layout, or a
 *   result with a missing or malformed field (the path names it).
 * @example
 * import { defineFunnel, requiredActivity, toTable } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
 * toTable(plan).rows; // => [['call', 1000, null, null], ['appointment', 150, '15.0%', 'call'], ['sale', 50, '33.3%', 'appointment']]
 * toTable(JSON.parse(JSON.stringify(plan))).rows[1]; // => ['appointment', 150, '15.0%', 'call']
 * @category Presentation
 */
export function toTable(result: unknown): Table {
  const kind = kindOf(result);
  if (kind !== undefined) {
    const layout = Object.hasOwn(LAYOUTS, kind) ? LAYOUTS[kind] : undefined;
    if (layout) return layout(result);
    return fail('INVALID_INPUT', { phrases: enRender, subject: 'shownKind', expected: 'tableKind', received: kind }, ['result', 'kind']);
  }
  let isRows = false;
  try {
    isRows = Array.isArray(result) && result.length > 0 && result.every(isPlainObject);
  } catch {
    isRows = false;
  }
  if (isRows) return rowsTable(result as readonly Record<string, unknown>[]);
  return fail('INVALID_INPUT', { phrases: enRender, subject: 'result', expected: 'tableResult', received: result }, ['result']);
}

/** Whether results of `kind` have a table layout of their own. @internal */
export function hasLayout(kind: string): boolean {
  return Object.hasOwn(LAYOUTS, kind);
}

const ACRONYMS: { readonly [word: string]: string } = { ltv: 'LTV', cac: 'CAC', smart: 'SMART' };
const titleOf = (kind: string): string => {
  const words = kind.split('-').map((w) => (Object.hasOwn(ACRONYMS, w) ? ACRONYMS[w]! : w));
  const first = words[0]!;
  return [first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first, ...words.slice(1)].join(' ');
};

/**
 * A value of a result shown in one cell: a rate (a Ratio from 0 to 1) as a percent, another Ratio
 * (an exact count, a multiple) as its exact value (with two decimals beside a fraction), an amount
 * of money as its digits, a nested record as `name value` pairs and a list of them separated by
 * semicolons.
 */
function fieldCell(v: unknown, key: string): Cell {
  if (v instanceof Ratio) {
    if (key !== 'exact' && v.sign() >= 0 && v.compare(ONE) <= 0) return v.toPercent(1);
    return v.den === 1n ? v.toString() : `${v.toFixed(2)} (${v.toString()})`;
  }
  // an amount (decimal.js) or another value object: its own text, without loading its class here
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && !isPlainObject(v) && typeof v.toString === 'function' && v.toString !== Object.prototype.toString) {
    return v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v.toISOString()) : String(v);
  }
  if (Array.isArray(v)) return v.map((x) => fieldText(x, key)).join(isPlainObject(v[0]) ? '; ' : ', ');
  if (isPlainObject(v)) return Object.keys(v).map((k) => `${k} ${fieldText(v[k], k)}`).join(', ');
  return cell(v);
}
const fieldText = (v: unknown, key: string): string => {
  const c = fieldCell(v, key);
  return c === null ? '—' : typeof c === 'number' ? c.toLocaleString('en-US') : c;
};
const ONE = /* @__PURE__ */ Ratio.of(1);

/**
 * A result of a kind without a table layout (an interval, a comparison, a KPI, …), shown field by
 * field: one table of the fields (a nested object's fields as `outer.inner`), then one table per
 * list of records in it. Its `message`, when it has one, is the note. @internal
 */
export function fieldTables(result: Readonly<Record<string, unknown>>, kind: string): Table[] {
  const rows: Cell[][] = [];
  const lists: Table[] = [];
  const notes: string[] = [];
  const add = (name: string, key: string, v: unknown, depth: number): void => {
    if (isPlainObject(v) && depth < 2) {
      for (const k of Object.keys(v)) add(`${name}.${k}`, k, v[k], depth + 1);
    } else if (Array.isArray(v) && v.length > 0 && v.every(isPlainObject)) {
      const records = v as readonly Record<string, unknown>[];
      const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
      lists.push({ kind: 'table', title: name, columns, rows: records.map((r) => columns.map((c) => fieldCell(Object.hasOwn(r, c) ? r[c] : null, c))), notes: [] });
    } else {
      rows.push([name, fieldCell(v, key)]);
    }
  };
  for (const key of Object.keys(result)) {
    const v = result[key];
    if (key === 'kind') continue;
    if (key === 'message' && typeof v === 'string') notes.push(v);
    else add(key, key, v, 0);
  }
  return [{ kind: 'table', title: titleOf(kind), columns: ['field', 'value'], rows, notes }, ...lists];
}

function rowsTable(records: readonly Record<string, unknown>[]): Table {
  let i = 0;
  try {
    const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
    const rows = records.map((r, k) => {
      i = k;
      return columns.map((c) => cell(Object.hasOwn(r, c) ? r[c] : undefined));
    });
    return { kind: 'table', title: '', columns, rows, notes: [] };
  } catch {
    return fail('UNREADABLE_INPUT', { phrases: enRender, subject: 'shownRecord', row: i + 1 }, ['result', i]);
  }
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Ratio) return v.toPercent(1);
  if (typeof v === 'object') {
    try {
      return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? String(x) : x)) ?? null;
    } catch {
      return '[unprintable]'; // cycles, or a toJSON that throws
    }
  }
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return '[function]';
  return String(v);
}

/**
 * True when `value` is a {@link toTable} result: a plain object whose `kind` is `'table'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Table}).
 * @example
 * import { isTable, toTable } from 'funnel-math';
 * const result = toTable([{ rep: 'Ana', calls: 40 }]);
 * isTable(result); // => true
 * isTable(JSON.parse(JSON.stringify(result))); // => true
 * isTable({ title: '', columns: [], rows: [], notes: [] }); // => false
 * @category Presentation
 */
export function isTable(value: unknown): value is Table {
  return hasKind(value, 'table');
}
