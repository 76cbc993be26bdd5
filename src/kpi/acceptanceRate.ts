import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { countOf } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link acceptanceRate}. */
export interface AcceptanceInput {
  /** Connection requests sent (a whole number). */
  readonly sent: NumberInput;
  /** Of those, how many were accepted. */
  readonly accepted: NumberInput;
}

/** What {@link acceptanceRate} returns. JSON-serialisable. */
export interface AcceptanceRate {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'acceptance-rate';
  /** accepted / sent, exact, from 0 to 1; `null` when undefined (see `reason`). */
  readonly value: Ratio | null;
  /** `'none-sent'`: nothing sent; `'exceeds-sent'`: more accepted than sent (requests of another period?). */
  readonly reason: 'none-sent' | 'exceeds-sent' | null;
  readonly accepted: number;
  readonly sent: number;
  /** The denominator, named: requests sent. */
  readonly denominator: 'sent';
  /** For people: `'35.0% of requests sent (70 of 200)'`. */
  readonly label: string;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ sent: /* @__PURE__ */ countOf('requestsSent'), accepted: /* @__PURE__ */ countOf('requestsAccepted') }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Connection-request acceptance rate (DOMAIN.md §2.5): the share of requests sent that were
 * accepted.
 *
 * Formula: accepted / sent, exact. Count acceptances of the requests sent in the same period, so
 * the rate is a share of the right denominator.
 *
 * Edge cases: nothing sent gives `value: null, reason: 'none-sent'`; more accepted than sent gives
 * `reason: 'exceeds-sent'` rather than a rate above 100%.
 *
 * @param input.sent - requests sent, a whole number.
 * @param input.accepted - requests accepted, a whole number.
 * @returns the exact rate with its named denominator.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`.
 * @example
 * import { acceptanceRate } from 'funnel-math';
 * acceptanceRate({ sent: 200, accepted: 70 }).value; // => '7/20'
 * acceptanceRate({ sent: 200, accepted: 70 }).label; // => '35.0% of requests sent (70 of 200)'
 * acceptanceRate({ sent: 0, accepted: 0 }).reason; // => 'none-sent'
 * @category KPIs
 */
export function acceptanceRate(input: AcceptanceInput): AcceptanceRate {
  const { sent, accepted } = reader.read(input ?? {}, ['input']);
  const base = { accepted, sent, denominator: 'sent' as const };
  if (sent === 0) return { kind: 'acceptance-rate', value: null, reason: 'none-sent', ...base, label: 'no rate: no requests sent' };
  if (accepted > sent) return { kind: 'acceptance-rate', value: null, reason: 'exceeds-sent', ...base, label: `no rate: ${accepted} accepted is more than the ${sent} sent` };
  const value = Ratio.of(accepted, sent);
  return { kind: 'acceptance-rate', value, reason: null, ...base, label: `${value.toPercent(1)} of requests sent (${accepted} of ${sent})` };
}

/**
 * True when `value` is an {@link acceptanceRate} result: a plain object whose `kind` is `'acceptance-rate'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link AcceptanceRate}).
 * @example
 * import { acceptanceRate, isAcceptanceRate } from 'funnel-math';
 * const result = acceptanceRate({ sent: 200, accepted: 70 });
 * isAcceptanceRate(result); // => true
 * isAcceptanceRate(JSON.parse(JSON.stringify(result))); // => true
 * isAcceptanceRate({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isAcceptanceRate(value: unknown): value is AcceptanceRate {
  return hasKind(value, 'acceptance-rate');
}
