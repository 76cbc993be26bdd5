import * as z from 'zod/mini';
import { amountPiece } from '../../input/number.js';
import type { Ratio } from '../../numbers/ratio.js';
import { percentOf, rate, readResult } from '../read.js';
import { fmt, shownNumber } from './fields.js';
import type { Chart, Mark } from './layout.js';

const money = /* @__PURE__ */ amountPiece('shownNumber');
const exact = /* @__PURE__ */ z.literal(true);
const bracket = /* @__PURE__ */ z.literal(false);
const amount = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.object({ resolved: exact, value: money }),
  /* @__PURE__ */ z.object({ resolved: bracket, lower: money, upper: money }),
]);
const probability = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.object({ resolved: exact, value: rate }),
  /* @__PURE__ */ z.object({ resolved: bracket, lower: shownNumber, upper: shownNumber }),
]);
const forecastSchema = /* @__PURE__ */ z.object({
  period: /* @__PURE__ */ z.object({ start: /* @__PURE__ */ z.string(), end: /* @__PURE__ */ z.string() }),
  expected: money,
  wonAmount: money,
  amountMethod: /* @__PURE__ */ z.string(),
  percentiles: /* @__PURE__ */ z.object({ p10: amount, p50: amount, p90: amount }),
  quota: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.object({ quota: money, probability })),
});

type Amount = z.infer<typeof amount>;

/** What each method of the won amount's distribution means for the chart's reader. */
const METHODS: Readonly<Record<string, string>> = {
  'exact-lattice': 'Exact distribution of the won amount.',
  'float-lattice': 'Distribution of the won amount on the money unit, in floating point with a stated error bound.',
  'bracketed-lattice': 'Won amount bounded below and above on a coarser money unit: a grey span is where a percentile lies.',
  'normal-berry-esseen': 'Won amount by the normal approximation with its Berry–Esseen error bound: a grey span is where a percentile lies.',
};

/** Money as a chart labels it: whole units with thousands separators, exact rounding half up. */
function moneyText(r: Ratio): string {
  const [whole, cents] = r.toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents === '00' ? grouped : `${grouped}.${cents}`;
}

const amountText = (a: Amount): string => (a.resolved ? moneyText(a.value) : `between ${moneyText(a.lower)} and ${moneyText(a.upper)}`);

/** A percentile: a bar to the amount, or, where the method bounds it, a span from its lower to its upper bound. */
function percentileMark(a: Amount): Mark {
  return a.resolved ? { to: a.value.toNumber(), tone: 'bar' } : { from: a.lower.toNumber(), to: a.upper.toNumber(), tone: 'muted' };
}

/** The chance of the quota in words: exact, or the interval the method guarantees (never one number it cannot vouch for). */
function chanceText(p: z.infer<typeof probability>): string {
  if (p.resolved) return percentOf(p.value);
  const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
  return `between ${pct(p.lower)} and ${pct(p.upper)} (bounds of the method; not resolved to one number)`;
}

/**
 * The forecast of the won amount in a period: the amounts 1, 5 and 9 periods in 10 stay at or
 * below (P10, P50, P90), the expected amount as a line, and the quota with its chance.
 */
export function forecastChart(result: unknown): Chart {
  const v = readResult(forecastSchema, result);
  const rows = (
    [
      ['P10: 1 in 10 ends at or below', v.percentiles.p10],
      ['P50: half end at or below', v.percentiles.p50],
      ['P90: 9 in 10 end at or below', v.percentiles.p90],
    ] as const
  ).map(([label, a]) => ({ label, marks: [percentileMark(a)], notes: [amountText(a)] }));
  const method = Object.hasOwn(METHODS, v.amountMethod) ? METHODS[v.amountMethod]! : `Won amount by the method "${v.amountMethod}".`;
  return {
    title: `Won amount, ${v.period.start} to ${v.period.end}`,
    rows,
    measure: 'won amount',
    tick: (x) => fmt(Math.round(x)),
    lines: [
      { at: v.expected.toNumber(), label: `expected ${moneyText(v.expected)}`, tone: 'muted' },
      ...(v.quota === null ? [] : [{ at: v.quota.quota.toNumber(), label: `quota ${moneyText(v.quota.quota)}`, tone: 'warn' } as const]),
    ],
    foot: [
      `Already won in the period: ${moneyText(v.wonAmount)}. ${method}`,
      ...(v.quota === null ? [] : [`Chance of reaching the quota of ${moneyText(v.quota.quota)}: ${chanceText(v.quota.probability)}.`]),
    ],
  };
}
