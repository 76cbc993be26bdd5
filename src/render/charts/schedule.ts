import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { enRender } from '../../messages/enRender.js';
import { count, readResult } from '../read.js';
import { fmt } from './fields.js';
import { series, type Chart } from './layout.js';

const scheduleSchema = /* @__PURE__ */ z.object({
  per: /* @__PURE__ */ z.string(),
  periods: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ start: /* @__PURE__ */ z.string(), end: /* @__PURE__ */ z.string(), targets: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), count) }),
  ),
  windows: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ stage: /* @__PURE__ */ z.string(), total: count })),
});

/** A schedule: one row per period, one bar per stage (in the funnel's order) with its target. */
export function scheduleChart(result: unknown): Chart {
  const v = readResult(scheduleSchema, result);
  const stages = v.windows.map((w) => w.stage);
  return {
    title: `Targets per ${v.per}`,
    lanes: stages.length,
    measure: 'target',
    legend: v.windows.map((w, i) => ({ tone: series(i), label: `${w.stage}: ${fmt(w.total)} in all` })),
    rows: v.periods.map((p, row) => ({
      label: p.start === p.end ? p.start : `${p.start} to ${p.end}`,
      notes: [],
      marks: stages.map((stage, lane) => {
        const target = Object.hasOwn(p.targets, stage)
          ? p.targets[stage]!
          : fail('MISSING_VALUE', { phrases: enRender, subject: 'shownTargetAt', expected: 'count', stage, row: row + 1 }, ['result', 'periods', row, 'targets', stage]);
        return { to: target, tone: series(lane), lane, text: fmt(target) };
      }),
    })),
  };
}
