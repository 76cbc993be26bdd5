import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { enRender } from '../../messages/enRender.js';
import { isPlainObject } from '../../schema.js';
import { count, readResult } from '../read.js';
import { fmt } from './fields.js';
import { series, type Chart } from './layout.js';

const scheduleSchema = /* @__PURE__ */ z.object({
  per: /* @__PURE__ */ z.string(),
  periods: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ start: /* @__PURE__ */ z.string(), end: /* @__PURE__ */ z.string(), targets: /* @__PURE__ */ z.unknown() }),
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
        const at = ['result', 'periods', row, 'targets', stage];
        const about = { phrases: enRender, subject: 'shownTargetAt', expected: 'count', stage, row: row + 1 } as const;
        if (!isPlainObject(p.targets)) fail('INVALID_INPUT', { ...about, subject: 'shownTargets', expected: 'countsByStage', received: p.targets }, at.slice(0, -1));
        if (!Object.hasOwn(p.targets, stage)) fail('MISSING_VALUE', about, at);
        const target = p.targets[stage];
        if (!Number.isSafeInteger(target) || (target as number) < 0) fail('INVALID_INPUT', { ...about, received: target }, at);
        return { to: target as number, tone: series(lane), lane, text: fmt(target as number) };
      }),
    })),
  };
}
