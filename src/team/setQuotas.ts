import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { repsPiece } from '../calendar/reps.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { readAmount } from '../input/number.js';
import { hasKind } from '../kind.js';
import { enTeam } from '../messages/enTeam.js';
import { apportionIntegers } from '../numbers/apportion.js';
import { Money } from '../numbers/money.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { roundHalfEven } from '../numbers/roundHalfEven.js';
import { teamAmount } from './read.js';

/** Options of {@link setQuotas}. */
export interface SetQuotasOptions {
  /** Rep names (equal weights) or `{ name: weight }`, e.g. ramped equivalents from {@link capacityPlan}'s `reps`. */
  readonly reps: readonly string[] | { readonly [rep: string]: NumberInput };
  /** Sum of rep quotas as a share of the target, e.g. `'110%'` (default 100%). */
  readonly overAssignment?: NumberInput;
  /** The money unit quotas are whole multiples of (default 0.01, cents). */
  readonly unit?: NumberInput;
}

/** One rep's quota in a {@link QuotaPlan}. */
export interface RepQuota {
  readonly rep: string;
  /** The rep's share of the weights, exact. */
  readonly share: Ratio;
  /** The quota: a whole number of units. */
  readonly quota: Decimal;
}

/** What {@link setQuotas} returns. JSON-serialisable. */
export interface QuotaPlan {
  readonly kind: 'quota-plan';
  readonly target: Decimal;
  readonly overAssignment: Ratio;
  /** target × overAssignment, rounded half-even to a whole number of units: Σ quotas is exactly this. */
  readonly assigned: Decimal;
  readonly unit: Decimal;
  readonly quotas: readonly RepQuota[];
  /** Largest remainder on the unit (Hamilton): each quota is its exact share rounded down or up; the units left go to the largest remainders. */
  readonly method: 'largest-remainder';
  /** Equal remainders: the unit goes to the rep listed earlier. */
  readonly tieBreak: 'earlier-rep';
}

const T = { phrases: enTeam } as const;
const CENT = /* @__PURE__ */ Ratio.of(1, 100);

const quotasInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    reps: repsPiece,
    overAssignment: /* @__PURE__ */ z.optional(/* @__PURE__ */ teamAmount('teamOverAssignment')),
    unit: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ piece({ ...T, subject: 'teamUnit', expected: 'teamPositiveUnit' }, (value, path) => {
        const r = readAmount(value, path, { ...T, subject: 'teamUnit', expected: 'teamPositiveUnit' });
        if (r.isZero()) fail('OUT_OF_RANGE', { ...T, subject: 'teamUnit', expected: 'teamPositiveUnit', received: value }, path);
        return r;
      }),
    ),
  }),
  { ...T, subject: 'options', expected: 'object' },
);

function money(r: Ratio): Decimal {
  return new Money(r.num.toString()).div(r.den.toString());
}

/**
 * Rep quotas that sum exactly to the assigned total: target × over-assignment, split by weights.
 *
 * Method: assigned = target × `overAssignment`, rounded half-even to a whole number of `unit`s;
 * those units are split by the reps' weights with the largest-remainder method (`apportion`), so
 * each quota is its exact share rounded down or up to the unit and Σ quotas = assigned, exactly.
 * Equal remainders go to the rep listed earlier.
 *
 * @param target - the team's target, money.
 * @param options - reps and weights, the over-assignment, the unit ({@link SetQuotasOptions}).
 * @returns one quota per rep, in the order given, and the assigned total they sum to.
 * @throws FunnelMathError `INVALID_INPUT` (no reps, a rep twice, all weights 0), `EMPTY_LIST`, `NEGATIVE`,
 *   `OUT_OF_RANGE` (a unit of 0), `RESULT_TOO_LARGE` (more than 2^53 − 1 units).
 * @example
 * import { setQuotas } from 'funnel-math';
 * const plan = setQuotas(1000000, { reps: ['ana', 'ben', 'cy'], overAssignment: '110%' });
 * plan.assigned.toString(); // => '1100000'
 * plan.quotas.map((q) => q.quota.toString()); // => ['366666.67', '366666.67', '366666.66']
 * setQuotas(100, { reps: { ana: '7/4', ben: 1, cy: '1/4' } }).quotas.map((q) => q.quota.toString()); // => ['58.34', '33.33', '8.33']
 * @category Team capacity
 */
export function setQuotas(target: NumberInput, options: SetQuotasOptions): QuotaPlan {
  const t = readAmount(target, ['target'], { ...T, subject: 'teamQuotaTarget', expected: 'amount' });
  const o = quotasInput.read(options, ['options']);
  const over = o.overAssignment ?? ONE;
  const unit = o.unit ?? CENT;
  const units = roundHalfEven(t.mul(over).div(unit));
  if (units > BigInt(Number.MAX_SAFE_INTEGER)) fail('RESULT_TOO_LARGE', { ...T, subject: 'teamQuotaTarget', value: String(target) }, ['target']);
  const parts = apportionIntegers(Number(units), o.reps.weights);
  let sum = 0n;
  for (const w of o.reps.weights) sum += w;
  return {
    kind: 'quota-plan',
    target: money(t),
    overAssignment: over,
    assigned: money(Ratio.of(units).mul(unit)),
    unit: money(unit),
    quotas: o.reps.names.map((rep, i) => ({ rep, share: Ratio.of(o.reps.weights[i]!, sum), quota: money(Ratio.of(parts[i]!).mul(unit)) })),
    method: 'largest-remainder',
    tieBreak: 'earlier-rep',
  };
}

/**
 * True when `value` is a {@link setQuotas} result (also after a JSON round trip). Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is a {@link QuotaPlan}.
 * @example
 * import { isQuotaPlan, setQuotas } from 'funnel-math';
 * isQuotaPlan(setQuotas(100, { reps: ['ana', 'ben'] })); // => true
 * isQuotaPlan({ kind: 'plan' }); // => false
 * @category Team capacity
 */
export function isQuotaPlan(value: unknown): value is QuotaPlan {
  return hasKind(value, 'quota-plan');
}
