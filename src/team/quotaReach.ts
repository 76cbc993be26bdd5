import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { hasKind } from '../kind.js';
import { enTeam } from '../messages/enTeam.js';
import type { NumberInput } from '../numbers/parse.js';
import { toCount, toRatio } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { isPlainObject, ownArray } from '../schema.js';
import { normalSf } from '../special/functions.js';
import { teamAmount } from './read.js';

/** Options of {@link quotaReach}: past attainments, a normal model of attainment, or both. */
export interface QuotaReachOptions {
  /** Past attainments, one per rep-period, as shares of quota (`'85%'`, `1.2`). */
  readonly attainments?: readonly NumberInput[];
  /** Attainment modelled as normal, mean and standard deviation as shares of quota (`{ mean: '95%', sd: '20%' }`). */
  readonly normal?: { readonly mean: NumberInput; readonly sd: NumberInput };
  /** The attainment that counts as reaching quota (default 100%): reaching means attainment ≥ threshold. */
  readonly threshold?: NumberInput;
  /** Reps on the team: the expected number reaching quota is also given. */
  readonly reps?: number;
}

/** What {@link quotaReach} returns. JSON-serialisable. */
export interface QuotaReach {
  readonly kind: 'quota-reach';
  readonly threshold: Ratio;
  /** From past attainments: how many reached the threshold, of how many, and the exact share; `null` without attainments. */
  readonly empirical: {
    readonly reached: number;
    readonly of: number;
    /** reached / of: denominator, the past attainments given. */
    readonly share: Ratio;
    /** share × reps, exact; `null` without `reps`. */
    readonly expectedReps: Ratio | null;
  } | null;
  /** From the normal model: P(attainment ≥ threshold), a float; `null` without `normal`. */
  readonly normal: {
    readonly share: number;
    /** The float's method: the normal upper tail Q((threshold − mean) / sd), by the regularised incomplete gamma function. */
    readonly method: 'normal-upper-tail';
    readonly expectedReps: number | null;
  } | null;
}

const T = { phrases: enTeam } as const;

const attainmentsPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamAttainments', expected: 'array' }, (value, path): Ratio[] => {
  if (!Array.isArray(value)) fail('INVALID_INPUT', { ...T, subject: 'teamAttainments', expected: 'array', received: value }, path);
  const list = ownArray(value as unknown[]);
  if (list.length === 0) fail('EMPTY_LIST', { ...T, subject: 'teamAttainments', expected: 'amount' }, path);
  return list.map((v, i) => {
    const r = toRatio(v, [...path, i], { ...T, subject: 'teamAttainmentAt', row: i + 1, expected: 'amount' });
    if (r.sign() < 0) fail('NEGATIVE', { ...T, subject: 'teamAttainmentAt', row: i + 1, received: v }, [...path, i]);
    return r;
  });
});

const normalPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamNormal', expected: 'object' }, (value, path) => {
  if (!isPlainObject(value)) fail('INVALID_INPUT', { ...T, subject: 'teamNormal', expected: 'object', received: value }, path);
  for (const key of Object.keys(value)) {
    if (key !== 'mean' && key !== 'sd') fail('UNKNOWN_OPTION', { ...T, subject: 'teamNormal', key, allowed: '"mean", "sd"' }, [...path, key]);
  }
  if (value['mean'] === undefined) fail('MISSING_VALUE', { ...T, subject: 'teamMean', expected: 'number' }, [...path, 'mean']);
  if (value['sd'] === undefined) fail('MISSING_VALUE', { ...T, subject: 'teamSd', expected: 'teamPositive' }, [...path, 'sd']);
  const mean = toRatio(value['mean'], [...path, 'mean'], { ...T, subject: 'teamMean', expected: 'number' });
  const sd = toRatio(value['sd'], [...path, 'sd'], { ...T, subject: 'teamSd', expected: 'teamPositive' });
  if (sd.sign() <= 0) fail('OUT_OF_RANGE', { ...T, subject: 'teamSd', expected: 'teamPositive', received: value['sd'] }, [...path, 'sd']);
  return { mean, sd };
});

const reachInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    attainments: /* @__PURE__ */ z.optional(attainmentsPiece),
    normal: /* @__PURE__ */ z.optional(normalPiece),
    threshold: /* @__PURE__ */ z.optional(/* @__PURE__ */ teamAmount('teamThreshold')),
    reps: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ ...T, subject: 'teamRepCount', expected: 'count' }, (value, path) => toCount(value, path, { ...T, subject: 'teamRepCount', expected: 'count' }))),
  }),
  { ...T, subject: 'options', expected: 'teamReachInput' },
);

/**
 * The expected share of reps who reach quota, from past attainments (exact) and/or a normal model (a float).
 *
 * Formula: empirically, share = (past attainments ≥ threshold) / (past attainments), exact; with
 * a normal model, share = P(X ≥ threshold) = Q((threshold − mean) / sd), a float computed by the
 * regularised incomplete gamma function (`method`). With `reps`, the expected number of reps
 * reaching quota is share × reps.
 *
 * @param options - `attainments`, `normal: { mean, sd }`, or both; `threshold` (default 100%), `reps`.
 * @returns the empirical and the modelled share (each `null` when not asked for).
 * @throws FunnelMathError `MISSING_VALUE` (neither attainments nor a normal model), `EMPTY_LIST`, `NEGATIVE`, `OUT_OF_RANGE` (sd of 0 or less).
 * @example
 * import { quotaReach } from 'funnel-math';
 * const reach = quotaReach({ attainments: ['80%', '95%', '100%', '120%', '60%', '105%', '130%', '90%'], reps: 12 });
 * [reach.empirical?.reached, reach.empirical?.share, reach.empirical?.expectedReps]; // => [4, '1/2', '6']
 * quotaReach({ normal: { mean: '100%', sd: '20%' } }).normal?.share; // => 0.5
 * @category Team capacity
 */
export function quotaReach(options: QuotaReachOptions): QuotaReach {
  const o = reachInput.read(options, ['options']);
  if (o.attainments === undefined && o.normal === undefined) fail('MISSING_VALUE', { ...T, subject: 'teamAttainments', expected: 'teamReachInput' }, ['options', 'attainments']);
  const threshold = o.threshold ?? ONE;
  const reps = o.reps ?? null;
  let empirical: QuotaReach['empirical'] = null;
  if (o.attainments) {
    const reached = o.attainments.filter((a) => a.compare(threshold) >= 0).length;
    const share = Ratio.of(reached, o.attainments.length);
    empirical = { reached, of: o.attainments.length, share, expectedReps: reps === null ? null : share.mul(Ratio.of(reps)) };
  }
  let normal: QuotaReach['normal'] = null;
  if (o.normal) {
    // the only float: z and its upper tail
    const share = normalSf(threshold.sub(o.normal.mean).div(o.normal.sd).toNumber());
    normal = { share, method: 'normal-upper-tail', expectedReps: reps === null ? null : share * reps };
  }
  return { kind: 'quota-reach', threshold, empirical, normal };
}

/**
 * True when `value` is a {@link quotaReach} result (also after a JSON round trip). Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is a {@link QuotaReach}.
 * @example
 * import { isQuotaReach, quotaReach } from 'funnel-math';
 * isQuotaReach(quotaReach({ attainments: [1, '90%'] })); // => true
 * isQuotaReach({ kind: 'plan' }); // => false
 * @category Team capacity
 */
export function isQuotaReach(value: unknown): value is QuotaReach {
  return hasKind(value, 'quota-reach');
}
