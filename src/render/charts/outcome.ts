import * as z from 'zod/mini';
import { count, rate, readResult } from '../read.js';
import { exactNumber, fmt } from './fields.js';
import type { Chart } from './layout.js';

const outcomeSchema = /* @__PURE__ */ z.object({ activity: count, p10: count, p50: count, p90: count, expected: rate });

/**
 * What a goal's position among the percentiles says about its chance, exactly: with
 * P(X ≤ p) ≥ q at each percentile p (the nearest-rank rule of the result), a goal at or below the
 * 10th percentile is reached in more than 9 periods in 10, one above the 90th in at most 1 in 10.
 */
function chance(goal: number, p10: number, p50: number, p90: number): string {
  const odds = goal <= p10 ? 'more than 9 in 10' : goal <= p50 ? 'more than 5 and at most 9 in 10' : goal <= p90 ? 'more than 1 and at most 5 in 10' : 'at most 1 in 10';
  return `Goal ${fmt(goal)}: reached in ${odds} periods.`;
}

/**
 * The outcome range of a plan: how many outcomes 1, 5 and 9 periods in 10 end at or below (the
 * 10th, 50th and 90th percentiles), the average as a line, and the goal when one is given.
 */
export function outcomeChart(result: unknown, goal: number | undefined): Chart {
  const v = readResult(outcomeSchema, result);
  const expected = exactNumber(v.expected, v.activity, ['expected']);
  const rows = (
    [
      ['1 in 10 periods', v.p10],
      ['5 in 10 periods', v.p50],
      ['9 in 10 periods', v.p90],
    ] as const
  ).map(([label, at]) => ({ label, marks: [{ to: at, tone: 'bar' }] as const, notes: [`${fmt(at)} or fewer`] }));
  return {
    title: `Outcomes of ${fmt(v.activity)} attempts`,
    rows,
    measure: 'outcomes',
    tick: fmt,
    lines: [
      { at: expected, label: `average ${fmt(Math.round(expected * 10) / 10)}`, tone: 'muted' },
      ...(goal === undefined ? [] : [{ at: goal, label: `goal ${fmt(goal)}`, tone: 'warn' } as const]),
    ],
    foot: [
      'Each bar: the most outcomes that share of periods ends with (10th, 50th and 90th percentiles, nearest rank).',
      ...(goal === undefined ? [] : [chance(goal, v.p10, v.p50, v.p90)]),
    ],
  };
}
