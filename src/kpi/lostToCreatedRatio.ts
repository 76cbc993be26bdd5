import * as z from 'zod/mini';
import { isoOf, type DateInput } from '../calendar/dates.js';
import { fail } from '../errors.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { dateOf, inDeal, readDeals, type Deal } from './read.js';
import { hasKind } from '../kind.js';

/** Options of {@link lostToCreatedRatio}. */
export interface LostToCreatedOptions {
  /**
   * Count only deals created in the period (by `createdAt`) and deals lost in it (by `closedAt`),
   * both ends included. Without it, every deal counts as created and lost ones as lost.
   */
  readonly period?: { readonly start: DateInput; readonly end: DateInput };
}

/** One line of {@link lostToCreatedRatio}: lost ÷ created. */
export interface LostToCreated {
  /** lost / created, exact; `null` when nothing was created (`reason: 'none-created'`). */
  readonly value: Ratio | null;
  readonly reason: 'none-created' | null;
  readonly created: number;
  readonly lost: number;
}

/** What {@link lostToCreatedRatio} returns. JSON-serialisable. */
export interface LostToCreatedReport {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'lost-to-created';
  readonly overall: LostToCreated;
  /** One line per rep, in order of first appearance; deals without a rep are under `rep: null`. */
  readonly byRep: readonly (LostToCreated & { readonly rep: string | null })[];
  /** The period counted, as ISO dates, or `null` for all deals. */
  readonly period: { readonly start: string; readonly end: string } | null;
}

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    period: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        start: /* @__PURE__ */ dateOf('periodStart'),
        end: /* @__PURE__ */ dateOf('periodEnd'),
      }),
    ),
  }),
);

function line(created: number, lost: number): LostToCreated {
  return created === 0 ? { value: null, reason: 'none-created', created, lost } : { value: Ratio.of(lost, created), reason: null, created, lost };
}

/**
 * Lost opportunities against opportunities created, overall and per rep (DOMAIN.md §2.2): a rep
 * who loses most of what they open needs help with qualification or closing.
 *
 * Formula: lost / created. Without a period every deal was created and the lost ones are a subset,
 * so the ratio is a share from 0 to 1. With `period`, created counts deals whose `createdAt` is in
 * it and lost counts deals whose `closedAt` is in it (losses of older deals included), so the
 * ratio can exceed 1: it is a ratio of two flows, not a share.
 *
 * @param deals - deals `{ status, rep?, createdAt?, closedAt? }` (dates needed with `period`).
 * @param options.period - `{ start, end }` ISO dates, both included.
 * @returns overall and per-rep counts and exact ratios; `null` with `reason: 'none-created'`
 *   where nothing was created.
 * @throws FunnelMathError `MISSING_VALUE` (a deal without the date a period needs), `INVALID_INPUT`,
 *   `UNKNOWN_OPTION`, `INVALID_CHOICE`, `INVALID_DATE`,
 *   `INVALID_RANGE` (end before start).
 * @example
 * import { lostToCreatedRatio } from 'funnel-math';
 * const deals = [
 *   { status: 'lost', rep: 'Ana' }, { status: 'won', rep: 'Ana' }, { status: 'open', rep: 'Ana' }, { status: 'lost', rep: 'Ana' },
 *   { status: 'won', rep: 'Bo' }, { status: 'lost', rep: 'Bo' },
 * ] as const;
 * const r = lostToCreatedRatio(deals);
 * r.overall.value; // => '1/2'
 * r.byRep.map((x) => [x.rep, x.lost, x.created, x.value]); // => [['Ana', 2, 4, '1/2'], ['Bo', 1, 2, '1/2']]
 * @category KPIs
 */
export function lostToCreatedRatio(deals: readonly Deal[], options?: LostToCreatedOptions): LostToCreatedReport {
  const opts = optionsInput.read(options ?? {}, ['options']);
  const list = readDeals(deals, ['deals']);
  let window: { start: number; end: number } | null = null;
  if (opts.period) {
    const { start, end } = opts.period;
    if (end < start) fail('INVALID_RANGE', { start: isoOf(start), end: isoOf(end) }, ['options', 'period', 'end']);
    window = { start, end };
  }
  const reps = new Map<string | null, { created: number; lost: number }>();
  let created = 0;
  let lost = 0;
  list.forEach((d, i) => {
    let isCreated = true;
    let isLost = d.status === 'lost';
    if (window) {
      if (d.createdAt === undefined) {
        fail('MISSING_VALUE', inDeal('dealCreatedAt', 'date', i), ['deals', i, 'createdAt']);
      }
      isCreated = d.createdAt >= window.start && d.createdAt <= window.end;
      if (isLost) {
        if (d.closedAt === undefined) {
          fail('MISSING_VALUE', inDeal('dealClosedAt', 'date', i), ['deals', i, 'closedAt']);
        }
        isLost = d.closedAt >= window.start && d.closedAt <= window.end;
      }
    }
    const key = d.rep ?? null;
    let acc = reps.get(key);
    if (!acc) reps.set(key, (acc = { created: 0, lost: 0 }));
    if (isCreated) {
      acc.created++;
      created++;
    }
    if (isLost) {
      acc.lost++;
      lost++;
    }
  });
  return {
    kind: 'lost-to-created',
    overall: line(created, lost),
    byRep: [...reps].map(([rep, c]) => ({ rep, ...line(c.created, c.lost) })),
    period: window ? { start: isoOf(window.start), end: isoOf(window.end) } : null,
  };
}

/**
 * True when `value` is a {@link lostToCreatedRatio} result: a plain object whose `kind` is `'lost-to-created'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link LostToCreatedReport}).
 * @example
 * import { isLostToCreatedReport, lostToCreatedRatio } from 'funnel-math';
 * const result = lostToCreatedRatio([{ status: 'lost' }, { status: 'won' }]);
 * isLostToCreatedReport(result); // => true
 * isLostToCreatedReport(JSON.parse(JSON.stringify(result))); // => true
 * isLostToCreatedReport({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isLostToCreatedReport(value: unknown): value is LostToCreatedReport {
  return hasKind(value, 'lost-to-created');
}
