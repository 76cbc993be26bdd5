import * as z from 'zod/mini';
import { count, percentOf, rate, readResult } from '../read.js';
import { exactNumber, fmt, oneOf, shownNumber } from './fields.js';
import type { Chart } from './layout.js';

const outliersSchema = /* @__PURE__ */ z.object({
  pooled: /* @__PURE__ */ z.nullable(rate),
  groups: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      name: /* @__PURE__ */ z.string(),
      successes: count,
      trials: count,
      estimate: /* @__PURE__ */ z.nullable(shownNumber),
      limits: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ level: shownNumber, lower: shownNumber, upper: shownNumber })),
      status: /* @__PURE__ */ oneOf('status', ['above', 'below', 'within', 'insufficient-data']),
      outsideLevel: /* @__PURE__ */ z.nullable(shownNumber),
    }),
  ),
});

const pct = (v: number) => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;

/**
 * The funnel plot of {@link outliers} as a row per group: its rate (a dot), the control limits
 * around the pooled rate for its number of trials (one band per level, the widest palest), and
 * the pooled rate as a line.
 */
export function outliersChart(result: unknown): Chart {
  const v = readResult(outliersSchema, result);
  const pooled = v.pooled === null ? null : exactNumber(v.pooled, 1, ['pooled']);
  const levels = [...new Set(v.groups.flatMap((g) => g.limits.map((l) => l.level)))].sort((a, b) => b - a);
  return {
    title: 'Rates against control limits',
    measure: 'rate',
    positions: true,
    tick: (v) => `${Math.round(v * 1000) / 10}%`,
    legend: levels.map((level, i) => ({ tone: i === 0 && levels.length > 1 ? 'band2' : 'band', label: `${pct(level)} control limits` })),
    lines: pooled === null ? [] : [{ at: pooled, label: `pooled rate ${percentOf(v.pooled!)}`, tone: 'muted' }],
    rows: v.groups.map((g) => ({
      label: g.name,
      marks: [
        ...[...g.limits].sort((a, b) => b.level - a.level).map((l) => ({ from: Math.min(l.lower, l.upper), to: Math.max(l.lower, l.upper), tone: l.level === levels[0] && levels.length > 1 ? 'band2' : 'band' }) as const),
        ...(g.estimate === null ? [] : [{ to: g.estimate, dot: true, tone: g.status === 'above' || g.status === 'below' ? g.status : 'text' } as const]),
      ],
      notes: [
        g.estimate === null ? 'no rate' : pct(g.estimate),
        `${fmt(g.successes)} of ${fmt(g.trials)} trials, ${g.status === 'insufficient-data' ? 'too few to tell' : `${g.status} the ${g.outsideLevel === null ? '' : `${pct(g.outsideLevel)} `}limits`}`,
      ],
    })),
  };
}
