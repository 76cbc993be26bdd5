import { fail } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { enEvents } from '../messages/enEvents.js';
import { divRoundHalfUp } from '../numbers/roundHalfUp.js';
import { Bucket } from '../events/bucket.js';
import { durationStats } from '../events/durations.js';
import { assemble } from '../events/report.js';
import type { ActivityReport, AnalyzeOptions, DurationStats, EventStage, EventWarning } from '../events/types.js';
import { readWarehouseSettings } from './plan.js';
import { BIN_EDGES, QUANTILE_PARTS } from './render.js';

/** One row of a {@link funnelQuery}'s result, as a driver returns it (BIGINT as bigint, number or text). @category Warehouse */
export type QueryRow = { readonly [column: string]: unknown };

const EV = { phrases: enEvents } as const;

/** A whole number from a driver's value (bigint, number or decimal text); null stays null. */
function whole(value: unknown, row: number, column: string): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) return fail('INVALID_INPUT', { ...EV, subject: 'columnRow', column, row: row + 1, expected: 'activityColumns', received: value }, ['rows', row, column]);
  return n;
}

/** The histogram labels of the fixed bins, as the library writes them. */
function binLabels(): string[] {
  return durationStats(new Float64Array([0]))!.histogram.map((b) => b.label);
}

/** The duration statistics of one stage from its row (null when none). */
function statsOf(get: (c: string) => number | null, name: string, rule: 'nearest-rank' | 'averaged', labels: readonly string[]): DurationStats | null {
  const n = get(`${name}_n`) ?? 0;
  if (n === 0) return null;
  const q = QUANTILE_PARTS.map((_, i) => {
    const lo = get(`${name}_q${i}_lo`)!;
    const hi = get(`${name}_q${i}_hi`)!;
    return rule === 'nearest-rank' || lo === hi ? lo : (lo + hi) / 2;
  });
  return {
    count: n,
    p25: q[0]!,
    median: q[1]!,
    p75: q[2]!,
    p90: q[3]!,
    mean: Number(divRoundHalfUp(BigInt(get(`${name}_sum`)!), BigInt(n))),
    histogram: BIN_EDGES.map((from, b) => ({ label: labels[b]!, fromMs: from, toMs: BIN_EDGES[b + 1] ?? null, count: get(`${name}_bin${b}`) ?? 0 })),
    quantileRule: rule,
  };
}

/**
 * The {@link ActivityReport} of a {@link funnelQuery}'s rows: the report {@link analyzeFunnel} gives
 * on the same records with the same options — counts, rates with their denominators and
 * intervals, labels, loss reasons, durations, the EXCEEDS_PREVIOUS warnings, totals.
 *
 * One figure the query does not compute: `ignored.outsideJourney` (records after the first journey
 * ended, which needs every later journey of a prospect to be cut). It is 0 here, and the report's
 * warnings say it was not counted (an `OUTSIDE_JOURNEY` warning whose message says so).
 * `rejected` is always empty (a table's columns are typed). A row at a stage the funnel does not
 * have is refused, as analyzeFunnel refuses such a record.
 *
 * @param funnel - the funnel the query was made for.
 * @param rows - the query's rows, as objects by column name (any driver's numbers: bigint, number or text).
 * @param options - the options the query was made with.
 * @returns the report (`kind: 'activity-report'`).
 * @throws FunnelMathError `NOT_IN_SQL` and the option codes of {@link funnelQuery}, `INVALID_INPUT`
 *   (rows that are not a query's), `UNKNOWN_STAGE` (the table holds a stage the funnel does not have).
 * @example
 * import { defineFunnel, reportFromQuery } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const report = reportFromQuery(funnel, [], { asOf: '2026-11-30' });
 * report.kind; // => 'activity-report'
 * report.stages[1]!.ofPrevious!.reason; // => 'zero-denominator'
 * @category Warehouse
 */
export function reportFromQuery<Id extends string>(funnel: Funnel<Id>, rows: readonly QueryRow[], options?: AnalyzeOptions<NoInfer<Id>>): ActivityReport<Id> {
  const f = asFunnel(funnel);
  const set = readWarehouseSettings(f, options);
  if (!Array.isArray(rows)) return fail('INVALID_INPUT', { ...EV, subject: 'activityRecords', expected: 'activityRecords', received: rows }, ['rows']);
  const K = set.ids.length;
  const b = new Bucket(K);
  const stageRows: ((c: string) => number | null)[] = [];
  const totals = new Map<string, number | null>();
  const reasonKey = (k: number, reason: unknown, row: number) => {
    if (!Number.isInteger(k) || k < 0 || k >= K || typeof reason !== 'string') return fail('INVALID_INPUT', { ...EV, subject: 'columnRow', column: 'reason', row: row + 1, expected: 'activityColumns', received: reason }, ['rows', row, 'reason']);
    return `${k}\u0000${reason}`;
  };
  rows.forEach((r, i) => {
    const part = r['part'];
    const k = whole(r['k'], i, 'k');
    const n = whole(r['n'], i, 'n');
    if (part === 'stage' && k !== null && k >= 0 && k < K) {
      const get = (c: string) => whole(r[c], i, c);
      stageRows[k] = get;
      b.count[k] = get('reached') ?? 0;
      b.prospects[k] = b.count[k]!;
      b.journeys[k] = b.count[k]!;
      b.newCount[k] = get('new_count') ?? 0;
      b.inbound[k] = get('inbound') ?? 0;
      b.fromPrev[k] = get('from_prev') ?? 0;
      b.fromFirst[k] = get('from_first') ?? 0;
      b.open[k] = get('open_count') ?? 0;
      b.dropped[k] = get('dropped') ?? 0;
      b.touches[k] = get('touches') ?? 0;
    } else if (part === 'lost') b.lost.set(reasonKey(k!, r['reason'], i), n ?? 0);
    else if (part === 'loss-touches') b.lossTouches.set(reasonKey(k!, r['reason'], i), n ?? 0);
    else if (typeof part === 'string' && ['records', 'excluded', 'unknown-stage', 'after-as-of', 'used', 'prospects', 'as-of'].includes(part)) totals.set(part, n);
    else fail('INVALID_INPUT', { ...EV, subject: 'columnRow', column: 'part', row: i + 1, expected: 'activityColumns', received: part }, ['rows', i, 'part']);
  });
  const unknown = totals.get('unknown-stage') ?? 0;
  if (unknown > 0) fail('UNKNOWN_STAGE', { ...EV, subject: 'column', column: 'stage', key: `${unknown} rows`, stages: f.ids.join(', ') }, ['rows']);
  const used = totals.get('used') ?? 0;
  const prospects = totals.get('prospects') ?? 0;
  const asOf = set.asOf ?? totals.get('as-of') ?? null;
  const report = assemble(
    set,
    { records: totals.get('records') ?? 0, excludedStage: totals.get('excluded') ?? 0, rejected: [] },
    asOf,
    b,
    null,
    { mom: null, stalled: [], details: [] },
    { used, prospects, journeys: prospects, afterAsOf: totals.get('after-as-of') ?? 0, outside: 0 },
  );
  const labels = binLabels();
  const stages: EventStage[] = report.stages.map((s, k) => {
    if (k === 0 || !set.timeToConvert || !stageRows[k]) return s;
    return { ...s, timeFromPrevious: statsOf(stageRows[k]!, 'dp', set.quantile, labels), timeFromFirst: statsOf(stageRows[k]!, 'df', set.quantile, labels) };
  });
  const note: EventWarning = {
    code: 'OUTSIDE_JOURNEY',
    stage: null,
    message: 'Records after their prospect\'s journey had ended are not counted by the SQL query: ignored.outsideJourney is 0 here, not a count.',
  };
  return { ...report, stages, overall: stages[K - 1]!.ofFirst, warnings: [...report.warnings, note] } as unknown as ActivityReport<Id>;
}
