import * as z from 'zod/mini';
import { count, percentOf, rate, readResult, stageRate } from '../read.js';
import { fmt } from './fields.js';
import type { Chart, Row } from './layout.js';

const countedSchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ stage: /* @__PURE__ */ z.string(), count, ofPrevious: /* @__PURE__ */ z.nullable(stageRate) })),
});
const planSchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ stage: /* @__PURE__ */ z.string(), required: count, rate: /* @__PURE__ */ z.nullable(rate) })),
});

/**
 * A funnel: one centred bar per stage, with its count and the rate into it named by its
 * denominator ("25.0% of call"); a stage with more than the stage before it is marked.
 */
export function funnelChart(result: unknown, kind: 'counts' | 'activity-report' | 'plan'): Chart {
  const stages =
    kind === 'plan'
      ? readResult(planSchema, result).stages.map((s, i, all) => ({
          stage: s.stage,
          value: s.required,
          note: s.rate === null || i === 0 ? '' : `${percentOf(s.rate)} of ${all[i - 1]!.stage}`,
        }))
      : readResult(countedSchema, result).stages.map((s) => ({
          stage: s.stage,
          value: s.count,
          note: s.ofPrevious === null ? '' : s.ofPrevious.value === null ? s.ofPrevious.reason === 'zero-denominator' ? `no rate: nothing at ${s.ofPrevious.of}` : `no rate of ${s.ofPrevious.of}` : `${percentOf(s.ofPrevious.value)} of ${s.ofPrevious.of}`,
        }));
  const rows = stages.map((s, i): Row => {
    const before = stages[i - 1];
    const inverted = before !== undefined && s.value > before.value;
    return {
      label: s.stage,
      marks: [{ to: s.value, tone: inverted ? 'warn' : 'bar' }],
      notes: s.note ? [fmt(s.value), s.note] : [fmt(s.value)],
      ...(inverted ? { warn: `inverted: more than ${before.stage}` } : {}),
    };
  });
  return {
    title: kind === 'plan' ? 'Required activity' : kind === 'counts' ? 'Funnel' : 'Funnel from activity',
    rows,
    centred: true,
    measure: kind === 'plan' ? 'required count' : 'count',
    foot: rows.some((r) => r.warn) ? ['A stage marked has more than the stage before it: check how it is counted.'] : [],
  };
}
