import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { listOf } from '../../schema.js';
import { count, readResult } from '../read.js';
import { fmt, shownNumber } from './fields.js';
import type { Chart } from './layout.js';

const durations = /* @__PURE__ */ z.nullable(
  /* @__PURE__ */ z.object({
    count,
    median: shownNumber,
    p90: shownNumber,
    histogram: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ label: /* @__PURE__ */ z.string(), count })),
    quantileRule: /* @__PURE__ */ z.string(),
  }),
);
const reportSchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ stage: /* @__PURE__ */ z.string(), timeFromFirst: durations })),
  // a report made for counts only says so here: its null durations were never computed
  options: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ timeToConvert: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()) })),
});

const HOUR = 3_600_000;
/** A duration in words a reader takes in at a glance: minutes, hours or days with one decimal. */
const span = (ms: number) =>
  ms < HOUR ? `${Math.round(ms / 60_000)} minutes` : ms < 24 * HOUR ? `${(Math.round(ms / HOUR / 0.1) / 10).toFixed(1)} hours` : `${(Math.round(ms / HOUR / 2.4) / 10).toFixed(1)} days`;

/**
 * Time to convert: the histogram of the time from the first stage to `stage` (the last stage
 * unless given) of an activity report, one row per fixed bin, with the median and 90th percentile.
 */
export function timeChart(result: unknown, stage: string | undefined): Chart {
  const { stages, options } = readResult(reportSchema, result);
  const first = stages[0]?.stage ?? '';
  const at = stage === undefined ? stages.length - 1 : stages.findIndex((s, i) => i > 0 && s.stage === stage);
  if (at < 0) {
    return fail('INVALID_CHOICE', { subject: 'option', key: 'stage', allowed: listOf(stages.slice(1).map((s) => s.stage)), received: stage }, ['options', 'stage']);
  }
  const d = at > 0 ? stages[at]!.timeFromFirst : null;
  const to = stages[at]?.stage ?? '';
  return {
    title: `Time from ${first} to ${to}`,
    measure: 'count',
    rows: (d?.histogram ?? []).map((b) => ({ label: b.label, marks: [{ to: b.count, tone: 'bar' }], notes: [`${fmt(b.count)}${d!.count ? ` (${((100 * b.count) / d!.count).toFixed(1)}%)` : ''}`] })),
    foot:
      options?.timeToConvert === false
        ? [`Times to convert were not computed: the report was made for counts only (timeToConvert: false).`]
        : d === null || d.count === 0
        ? [`No one reached ${to} from ${first}: there are no times to show.`]
        : [`${fmt(d.count)} reached ${to}: median ${span(d.median)}, 90th percentile ${span(d.p90)} (${d.quantileRule}).`],
  };
}
