/**
 * Achievable: the growth a goal needs, against the metric's own history.
 *
 * Model (compound growth): per-period log growth xᵢ = ln(vᵢ / vᵢ₋₁) / gapᵢ is taken as normally
 * distributed with the history's mean μ and spread s. Over a horizon of k periods, total log
 * growth is then Normal(kμ, k s²). The goal needs L = ln(target / baseline); its z-score is
 * (L − kμ) / σ (for an at-most goal, (kμ − L) / σ), with σ = max(s√k, minSd·√years) when history
 * has two or more growth steps and σ = priorSd·√years otherwise (then μ is the one step seen, or 0).
 * Floats are used here: logarithms are irreducibly real.
 * @internal
 * @module
 */
import { ONE, Ratio } from '../numbers/ratio.js';
import { displayRatio, roundFloat } from '../numbers/roundFloat.js';
import type { Emit } from './emit.js';
import { UNIT_DAYS, YEAR_DAYS, type PeriodUnit } from './periods.js';
import type { DraftGoal } from './readGoal.js';
import type { SmartThresholds } from './thresholds.js';

/** One history point, read. */
export interface HistoryPoint {
  readonly unit: PeriodUnit;
  readonly index: number;
  readonly value: Ratio;
}

/** ln of a positive bigint without overflow: the leading 17 digits, then powers of ten. */
function lnBig(x: bigint): number {
  const digits = x.toString();
  if (digits.length <= 17) return Math.log(Number(x));
  return Math.log(Number(digits.slice(0, 17))) + (digits.length - 17) * Math.LN10;
}

/** ln of a positive Ratio, finite for every value this library accepts. */
function lnRatio(r: Ratio): number {
  return lnBig(r.num) - lnBig(r.den);
}

export function checkAchievable(
  goal: DraftGoal,
  target: Ratio | null,
  history: readonly HistoryPoint[] | null,
  horizonDays: number | null,
  t: SmartThresholds,
  emit: Emit,
): void {
  const last = history && history.length > 0 ? history[history.length - 1]! : null;
  const baseline = goal.baseline?.value ?? last?.value ?? null;
  if (target === null || baseline === null) {
    const reason = target === null ? 'no-target' : 'no-history';
    emit('ACHIEVABLE_UNCHECKED', ['goal', target === null ? 'target' : 'baseline'], {}, { reason });
    return;
  }
  const money = goal.measure === 'money' ? ('money' as const) : ('number' as const);
  const show = (r: Ratio) => ({ num: r, style: goal.measure === 'rate' ? ('percent' as const) : money, unit: goal.unit });
  if (baseline.isZero() || target.isZero()) {
    emit('GROWTH_UNDEFINED', ['goal', baseline.isZero() ? 'baseline' : 'target'], { baseline: show(baseline), target: show(target) }, {
      baseline: baseline.toString(),
      target: target.toString(),
    });
    return;
  }
  // growth steps in history, per period
  const steps: number[] = [];
  if (history) {
    for (let i = 1; i < history.length; i++) {
      const a = history[i - 1]!;
      const b = history[i]!;
      if (a.value.isZero() || b.value.isZero()) continue;
      steps.push((lnRatio(b.value) - lnRatio(a.value)) / (b.index - a.index));
    }
  }
  const unitDays = last ? UNIT_DAYS[last.unit] : YEAR_DAYS;
  const days = horizonDays ?? unitDays;
  const k = days / unitDays;
  const years = days / YEAR_DAYS;
  let mu = 0;
  let sigma: number;
  if (steps.length >= 2) {
    mu = steps.reduce((a, b) => a + b, 0) / steps.length;
    const variance = steps.reduce((a, x) => a + (x - mu) ** 2, 0) / (steps.length - 1);
    sigma = Math.max(Math.sqrt(variance * k), t.minSd * Math.sqrt(years));
  } else {
    mu = steps.length === 1 ? steps[0]! : 0;
    sigma = t.priorSd * Math.sqrt(years);
  }
  const needed = lnRatio(target) - lnRatio(baseline);
  const expected = mu * k;
  const up = goal.target?.direction !== 'at-most';
  const z = (up ? needed - expected : expected - needed) / sigma; // sigma > 0: minSd and priorSd are positive
  const expectedGrowth = Math.expm1(expected); // Infinity only for absurd histories (×e^700 per period)
  const growth = target.div(baseline).sub(ONE);
  const data = {
    baseline: baseline.toString(),
    target: target.toString(),
    growth: growth.toString(),
    expectedGrowth: Number.isFinite(expectedGrowth) ? roundFloat(expectedGrowth, 6) : null,
    periods: roundFloat(k, 6),
    historySteps: steps.length,
    sigma: roundFloat(sigma, 6),
    z: Number.isFinite(z) ? roundFloat(z, 2) : null,
  };
  const params = {
    growth: { num: growth, style: 'signed-percent' as const },
    expected: Number.isFinite(expectedGrowth) ? { num: displayRatio(expectedGrowth), style: 'signed-percent' as const } : { text: '∞' },
    baseline: show(baseline),
    target: show(target),
    z: Number.isFinite(z) ? { num: displayRatio(roundFloat(z, 2)), style: 'number' as const } : { text: '∞' },
  };
  if (z > t.failZ) emit('GROWTH_ABOVE_HISTORY', ['goal', 'target'], params, data);
  else if (z > t.warnZ) emit('GROWTH_STRETCH', ['goal', 'target'], params, data);
}
