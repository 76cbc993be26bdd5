/**
 * The shared core of {@link winRate} and {@link lossRate}: one share of deals, against a named
 * denominator, by count or by value.
 * @internal
 * @module
 */
import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail, type ErrorPath } from '../errors.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { amountOf, countOf, inDeal, money, readDeals, sum, shown } from './read.js';
import { hasKind } from '../kind.js';

/** Which deals a win or loss rate divides by: decided (won + lost) or all (won + lost + open). */
export type RateDenominator = NonNullable<DealRateOptions['denominator']>;

const denominatorSchema: z.ZodMiniEnum<{ decided: 'decided'; all: 'all' }> = /* @__PURE__ */ z.enum(['decided', 'all']);

/** Whether a rate counts deals or adds up their value. */
export type RateBasis = NonNullable<DealRateOptions['basis']>;

const basisSchema: z.ZodMiniEnum<{ count: 'count'; value: 'value' }> = /* @__PURE__ */ z.enum(['count', 'value']);

/** Deals tallied by status: counts (basis `'count'`) or amounts of money (basis `'value'`). */
export interface DealTally {
  readonly won: NumberInput;
  readonly lost: NumberInput;
  readonly open?: NumberInput;
}

/** Options of {@link winRate} and {@link lossRate}. */
export interface DealRateOptions {
  /** `'decided'` (default): won + lost, the usual win rate; `'all'`: open deals count too. */
  readonly denominator?: z.output<typeof denominatorSchema>;
  /** `'count'` (default): deals count one each; `'value'`: deals weigh by their value. */
  readonly basis?: z.output<typeof basisSchema>;
}

/** A win or loss rate that names what it divides by. JSON-serialisable. */
export interface DealRate {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'deal-rate';
  /** The exact rate from 0 to 1, or `null` when there is nothing to divide by (see `reason`). */
  readonly value: Ratio | null;
  /** `'no-deals'`: no deal in the denominator; `'zero-value'`: deals, but their value adds up to 0. */
  readonly reason: 'no-deals' | 'zero-value' | null;
  /** The status the rate is of: `'won'` for a win rate, `'lost'` for a loss rate. */
  readonly of: 'won' | 'lost';
  readonly denominator: RateDenominator;
  readonly basis: RateBasis;
  /** What is divided: the won (or lost) deals, counted or valued. */
  readonly numerator: number | Decimal;
  /** What it is divided by: the deals of `denominator`, counted or valued. */
  readonly total: number | Decimal;
  readonly won: number | Decimal;
  readonly lost: number | Decimal;
  readonly open: number | Decimal;
  /** For people: `'66.7% of decided deals (10 of 15)'`. */
  readonly label: string;
}

const options = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    denominator: /* @__PURE__ */ z.optional(denominatorSchema),
    basis: /* @__PURE__ */ z.optional(basisSchema),
  }),
);

const TALLY = { phrases: enKpi, subject: 'deals', expected: 'dealsOrTally' } as const;

const countTally = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    won: /* @__PURE__ */ countOf('wonCount'),
    lost: /* @__PURE__ */ countOf('lostCount'),
    open: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('openCount')),
  }),
  TALLY,
);

const valueTally = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    won: /* @__PURE__ */ amountOf('wonValue'),
    lost: /* @__PURE__ */ amountOf('lostValue'),
    open: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('openValue')),
  }),
  TALLY,
);

/** Reads deals or a tally into exact won / lost / open amounts. @internal */
export function tallyDeals(
  input: unknown,
  basis: RateBasis,
): { won: Ratio; lost: Ratio; open: Ratio; counted: { won: number; lost: number; open: number } | null } {
  const path: ErrorPath = ['deals'];
  if (Array.isArray(input)) {
    const deals = readDeals(input, path);
    const by: Record<'won' | 'lost' | 'open', Ratio[]> = { won: [], lost: [], open: [] };
    deals.forEach((d, i) => {
      if (basis === 'count') by[d.status].push(Ratio.of(1));
      else if (d.value === undefined) fail('MISSING_VALUE', inDeal('dealValue', 'amount', i), [...path, i, 'value']);
      else by[d.status].push(d.value);
    });
    const counted = { won: 0, lost: 0, open: 0 };
    for (const d of deals) counted[d.status]++;
    return { won: sum(by.won), lost: sum(by.lost), open: sum(by.open), counted };
  }
  if (!isPlainObject(input)) fail('INVALID_INPUT', { ...TALLY, received: input }, path);
  if (basis === 'count') {
    const t = countTally.read(input, path);
    return { won: Ratio.of(t.won), lost: Ratio.of(t.lost), open: t.open === undefined ? ZERO : Ratio.of(t.open), counted: null };
  }
  const t = valueTally.read(input, path);
  return { won: t.won, lost: t.lost, open: t.open ?? ZERO, counted: null };
}

/** @internal */
export function dealRate(of: 'won' | 'lost', deals: unknown, opts: unknown): DealRate {
  const o = options.read(opts ?? {}, ['options']);
  const denominator = o.denominator ?? 'decided';
  const basis = o.basis ?? 'count';
  const t = tallyDeals(deals, basis);
  const numerator = t[of];
  const total = denominator === 'decided' ? t.won.add(t.lost) : t.won.add(t.lost).add(t.open);
  const out = (r: Ratio): number | Decimal => (basis === 'count' ? r.toNumber() : money(r));
  const what = denominator === 'decided' ? 'decided deals' : 'all deals';
  const show = (r: Ratio) => (basis === 'count' ? r.toString() : shown(r));
  const base = { of, denominator, basis, numerator: out(numerator), total: out(total), won: out(t.won), lost: out(t.lost), open: out(t.open) };
  if (total.isZero()) {
    // by value, a tally cannot tell "no deals" from "deals worth 0": it says the value is 0
    const c = t.counted;
    const dealsThere = c === null ? basis === 'value' : c.won + c.lost + (denominator === 'all' ? c.open : 0) > 0;
    const reason = dealsThere ? 'zero-value' : 'no-deals';
    return { kind: 'deal-rate', value: null, reason, ...base, label: `no rate: ${reason === 'no-deals' ? `no ${what}` : `the ${what} are worth 0`}` };
  }
  const value = numerator.div(total);
  const label = `${value.toPercent(1)} of ${what}${basis === 'value' ? ' by value' : ''} (${show(numerator)} of ${show(total)})`;
  return { kind: 'deal-rate', value, reason: null, ...base, label };
}

/**
 * True when `value` is a {@link winRate} or {@link lossRate} result: a plain object whose `kind` is `'deal-rate'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link DealRate}).
 * @example
 * import { isDealRate, winRate } from 'funnel-math';
 * const result = winRate({ won: 10, lost: 5 });
 * isDealRate(result); // => true
 * isDealRate(JSON.parse(JSON.stringify(result))); // => true
 * isDealRate({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isDealRate(value: unknown): value is DealRate {
  return hasKind(value, 'deal-rate');
}
