import { describe, expect, it } from 'vitest';
import { defineFunnel, requiredActivity } from 'funnel-math';
import { floatRequiredActivity, interleaved, planInputs, roundRatios, sameRequired, type PlanInput } from '../../bench/plan-inputs.mjs';

/**
 * A quick guard on the speed of exact plans, in `npm test`: requiredActivity on the built Node
 * bundle (what `npm test` builds before vitest runs) against the float calculator of
 * bench/plan-inputs.mjs on the same 2,048 distinct inputs (both roundings, 3-, 4- and 6-stage
 * funnels, every rate and goal form), interleaved round by round.
 *
 * The target (issue 11) is at most 2× the float calculator; the full measurement is
 * `npm run bench` (docs/performance.md). This test is not that measurement: it runs next to the
 * rest of the suite on a shared machine, so it takes the median of per-round ratios and fails
 * only on a large regression. The bound is 6×: three times the target and more than twice what
 * the code measures (2.4–2.7× under load; it was 4–6× before the lean plan path, when the bound
 * was 10×). A breach is measured again up to twice before the test fails, so a burst of load on
 * the machine does not fail it; a real regression fails all three.
 */
const BOUND = 6;
const ATTEMPTS = 3;

type Funnel = ReturnType<typeof defineFunnel>;
const inputs: PlanInput<Funnel>[] = [
  ...planInputs(defineFunnel, { count: 1024, seed: 21, rounding: 'each-stage' }),
  ...planInputs(defineFunnel, { count: 1024, seed: 22, rounding: 'once' }),
];
const exact = (x: PlanInput<Funnel>) => requiredActivity(x.funnel, x.options as Parameters<typeof requiredActivity>[1]);
const float = (x: PlanInput<Funnel>) => floatRequiredActivity(x.ids, x.options);

/** n·num/den ≥ target > (n − 1)·num/den: n is the smallest whole count that reaches the target at the rate num/den. */
function isSmallestReaching(n: number, target: number, num: bigint, den: bigint): boolean {
  const need = BigInt(target) * den;
  return BigInt(n) * num >= need && BigInt(n - 1) * num < need;
}

describe('requiredActivity speed against a float calculator (guard against large regressions)', () => {
  it('every input gives the smallest whole plan (each-stage: per step; once: against the goal), and the float calculator is wrong on 17 of them', () => {
    let wrong = 0;
    let checked = 0;
    for (const x of inputs) {
      const plan = exact(x);
      if (!sameRequired(plan, float(x))) wrong++;
      const stages = plan.stages;
      let num = 1n;
      let den = 1n;
      for (let i = stages.length - 1; i > 0; i--) {
        const rate = stages[i]!.rate!;
        num *= rate.num;
        den *= rate.den;
        const ok =
          plan.rounding === 'each-stage'
            ? isSmallestReaching(stages[i - 1]!.required, stages[i]!.required, rate.num, rate.den)
            : isSmallestReaching(stages[i - 1]!.required, plan.goal.count, num, den);
        if (!ok) expect.fail(`stage ${i - 1} of ${JSON.stringify(x.options)}`);
        checked++;
      }
    }
    expect(checked).toBe(6282);
    expect(wrong).toBe(17);
  });

  it(`the median time per plan is within ${BOUND}× the float calculator's, over interleaved rounds`, () => {
    const candidates = [
      { name: 'float', fn: float, inputs },
      { name: 'exact', fn: exact, inputs },
    ];
    const medians: number[] = [];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const [floatNs, exactNs] = interleaved(candidates, { rounds: 9, minMs: 40 }).wall;
      const ratio = roundRatios(exactNs!, floatNs!).median;
      medians.push(ratio);
      if (ratio <= BOUND) break;
    }
    expect(Math.min(...medians), `median of per-round ratios, per attempt: ${medians.map((m) => m.toFixed(2)).join(', ')}`).toBeLessThanOrEqual(BOUND);
  });
});
