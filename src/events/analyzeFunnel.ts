import { fail } from '../errors.js';
import { enEvents } from '../messages/enEvents.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { runEngine } from './engine.js';
import { readSettings } from './options.js';
import { addRecords, columnsOf, emptyStore, metaOf } from './store.js';
import type { ActivityRecord, ActivityReport, AnalyzeOptions } from './types.js';
import { hasKind } from '../kind.js';

/**
 * The funnel of an activity log: for every stage, touches (records) and unique prospects, new and
 * existing prospects, conversions from the previous and from the first stage — each rate naming its
 * denominator — dropped and still-open prospects, and time to convert.
 *
 * How records become a funnel:
 * - Each prospect's records are put in order: by time; at equal times by funnel position (earlier
 *   stage first), then source, rep, isNew, reason and value. So the order records arrive in never
 *   changes the report, and a call and a meeting logged at the same instant count as call → meeting.
 * - They are cut into journeys. The first journey starts at the prospect's first record, at
 *   whatever stage (a prospect whose first record is a later stage came in by themselves: it counts
 *   in that stage's `inbound`, never as a conversion of the stage before). A journey ends when it
 *   reaches the last stage, when a record carries a loss `reason`, when a window passes, or (in
 *   `'strict'` order) when the steps break order; a later record at the first stage starts a new
 *   journey (a re-entry). Other records after the end count as touches only (`ignored.outsideJourney`).
 * - `order: 'ordered'` (default): a stage counts when it follows the stage before it, other records
 *   in between allowed; each stage is reached at its earliest qualifying record. `'strict'`: the
 *   steps must follow each other with nothing but repeats of the current stage in between. `'any'`:
 *   every stage with a record counts, in any order.
 * - `reEntry`: `'first'` (default), `'last'` or `'each'` journey of a prospect counts. `counting:
 *   'unique'` (default) counts each prospect once per stage over those journeys; `'total'` counts
 *   every journey.
 * - `window.fromFirst` / `window.perStep` (days): a stage reached later than this after the
 *   journey's first stage / after the previous stage does not count.
 * - Right-censoring: of those who reached the previous stage but not this one, `open` are still
 *   inside their window at `asOf` (no window: always open unless lost), `dropped` are not — a
 *   prospect who may still convert is never counted as dropped.
 * - `asOf` defaults to the latest record's time; records after `asOf` are left out and counted.
 * - `by` groups journeys by the rep, source, month or ISO week (UTC) of the journey's first record
 *   (`attribution: 'first'`), last record (`'last'`) or the record that reached a stage
 *   (`{ stage }`); touches in a group are the records whose own rep/source/month is the group.
 *   With `by: 'rep'` the report adds month-over-month counts per rep.
 * - `timeToConvert: false` asks for counts only: every stage's `timeFromPrevious` and
 *   `timeFromFirst` is `null` and `options.timeToConvert` says why; counts and rates are unchanged.
 *
 * Edge cases: no records gives zero counts and rates with `reason: 'zero-denominator'`; durations
 * are whole milliseconds, `null` when nothing converted; a bad record throws, or with
 * `onInvalid: 'skip'` is listed in `rejected` with its index and reason — nothing is dropped silently.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param records - `{ prospect, stage, at, source?, rep?, isNew?, value?, reason? }`; `at` as an ISO
 *   string (no zone = UTC), epoch milliseconds or a Date.
 * @param options - see {@link AnalyzeOptions}; windows and stalledAfterDays in days.
 * @returns an {@link ActivityReport}; `options` in it shows every default used.
 * @throws FunnelMathError for a record: `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION` (a
 *   misspelt field), `UNKNOWN_STAGE`, `INVALID_DATE`, `UNREADABLE_INPUT`, the amount codes for
 *   `value` (`INVALID_NUMBER`, `NOT_FINITE`, `NEGATIVE`, …), `CALLBACK_FAILED` (a `by` function
 *   threw); its path is `['records', index, field]` (e.g. `['records', 3, 'at']`) and its message
 *   counts records from 1 ("record 4"). For the options: `UNKNOWN_OPTION`, `INVALID_CHOICE`,
 *   `INVALID_INPUT`, `UNKNOWN_STAGE`, `FUNNEL_TOO_SHORT` (everything excluded),
 *   `CONFLICTING_OPTIONS` (a per-step window with order `'any'`), `INVALID_DATE`, and for days
 *   `NEGATIVE`, `NOT_INTEGER` (not whole milliseconds), `OUT_OF_RANGE` (over 400 years).
 * @example
 * import { analyzeFunnel, defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);
 * const records = Array.from({ length: 60 }, (_, i) => [
 *   { prospect: i, stage: 'contact' as const, at: '2026-11-02' },
 *   ...(i < 15 ? [{ prospect: i, stage: 'meeting' as const, at: '2026-11-05' }] : []),
 *   ...(i < 10 ? [{ prospect: i, stage: 'sale' as const, at: '2026-11-09' }] : []),
 * ]).flat();
 * const report = analyzeFunnel(funnel, records, { asOf: '2026-11-30' });
 * report.stages[2]!.ofPrevious!.label; // => '66.7% of meeting (10 of 15)'
 * report.stages[2]!.ofFirst.label; // => '16.7% of contact (10 of 60)'
 * report.stages[2]!.timeFromPrevious!.median; // => 345600000
 * analyzeFunnel(funnel, records, { asOf: '2026-11-30', window: { perStep: 14 } }).stages[1]!.dropped; // => 45
 * @category Activity logs
 */
export function analyzeFunnel<Id extends string>(
  funnel: Funnel<Id>,
  records: readonly ActivityRecord<NoInfer<Id>>[],
  options?: AnalyzeOptions<NoInfer<Id>>,
): ActivityReport<Id> {
  const f = asFunnel(funnel);
  const settings = readSettings(f, options);
  if (!Array.isArray(records)) fail('INVALID_INPUT', { phrases: enEvents, subject: 'activityRecords', expected: 'activityRecords', received: records }, ['records']);
  // the columns are sized once, for every record
  const store = emptyStore(records.length);
  addRecords(store, f, settings, records);
  return runEngine(columnsOf(store), settings, metaOf(store)) as ActivityReport<Id>;
}

/**
 * True when `value` is an {@link analyzeFunnel} or {@link analyzeColumns} result (or an accumulator's): a plain object whose `kind` is `'activity-report'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ActivityReport}).
 * @example
 * import { analyzeFunnel, defineFunnel, isActivityReport } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = analyzeFunnel(funnel, [{ prospect: 'p1', stage: 'call', at: '2026-11-02' }]);
 * isActivityReport(result); // => true
 * isActivityReport(JSON.parse(JSON.stringify(result))); // => true
 * isActivityReport({ kind: 'plan' }); // => false
 * @category Activity logs
 */
export function isActivityReport(value: unknown): value is ActivityReport {
  return hasKind(value, 'activity-report');
}
