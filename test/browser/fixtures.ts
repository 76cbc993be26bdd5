import { analyzeFunnel, defineFunnel, funnelFromCounts, outcomeRange, outliers, pipelineForecast, requiredActivity, schedule, type SvgOptions } from '../../src/index.js';

/** One chart to draw: a result, the options, and the name its screenshot is saved under. */
export interface Fixture {
  readonly name: string;
  readonly result: unknown;
  readonly options?: SvgOptions;
}

const three = defineFunnel(['call', 'meeting', 'sale'] as const);
const plan = requiredActivity(three, { goal: 50, rates: { meeting: '15%', sale: '1/3' } });
const huge = defineFunnel(['impression', 'click', 'visit', 'signup', 'trial', 'demo', 'proposal', 'negotiation', 'contract', 'renewal'] as const);
const hugeCounts = funnelFromCounts(huge, [9_000_000_000_000, 450_000_000_000, 20_000_000_000, 900_000_000, 40_000_000, 1_500_000, 60_000, 2_000, 80, 3]);

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 2);
/** 40 prospects: every one called, half met, one in four bought, over days to weeks. */
const records = Array.from({ length: 40 }, (_, i) => [
  { prospect: `p${i}`, stage: 'call' as const, at: start + i * 3_600_000 },
  ...(i % 2 === 0 ? [{ prospect: `p${i}`, stage: 'meeting' as const, at: start + i * 3_600_000 + (i % 7) * DAY + 1_800_000 }] : []),
  ...(i % 4 === 0 ? [{ prospect: `p${i}`, stage: 'sale' as const, at: start + i * 3_600_000 + (i % 5) * 9 * DAY + 2 * DAY }] : []),
]).flat();
const report = analyzeFunnel(three, records);

export const FIXTURES: readonly Fixture[] = [
  { name: 'funnel', result: funnelFromCounts(three, { call: 100, meeting: 25, sale: 5 }) },
  {
    name: 'funnel-long-labels',
    result: funnelFromCounts(defineFunnel(['Cold outbound call to a decision maker', 'Qualified discovery meeting with technical review', 'Signed contract'] as const), [1200, 240, 31]),
  },
  { name: 'funnel-persian', result: funnelFromCounts(defineFunnel(['تماس تلفنی با مشتری', 'جلسهٔ حضوری', 'فروش'] as const), [480, 96, 12]) },
  { name: 'funnel-arabic', result: funnelFromCounts(defineFunnel(['اتصال هاتفي', 'اجتماع مع العميل', 'بيع'] as const), [300, 75, 9]) },
  { name: 'funnel-mixed', result: funnelFromCounts(defineFunnel(['Demo دمو', 'عرض Proposal 2', 'WWW MMM @@@ %%%', 'Встреча с клиентом'] as const), [90, 40, 12, 3]) },
  { name: 'funnel-tiny', result: funnelFromCounts(defineFunnel(['a', 'b'] as const), [1, 0]), options: { width: 240 } },
  { name: 'funnel-huge-linear', result: hugeCounts },
  { name: 'funnel-huge-sqrt', result: hugeCounts, options: { scale: 'sqrt' } },
  { name: 'funnel-huge-log', result: hugeCounts, options: { scale: 'log' } },
  { name: 'funnel-dark', result: funnelFromCounts(three, { call: 100, meeting: 25, sale: 5 }), options: { theme: 'dark' } },
  { name: 'funnel-inverted', result: funnelFromCounts(three, { call: 40, meeting: 55, sale: 5 }) },
  { name: 'plan', result: plan },
  { name: 'activity-report', result: report },
  { name: 'time-to-convert', result: report, options: { chart: 'time-to-convert' } },
  { name: 'time-to-convert-dark', result: report, options: { chart: 'time-to-convert', stage: 'meeting', theme: 'dark' } },
  { name: 'schedule', result: schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'week' }) },
  { name: 'schedule-log-dark', result: schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'week' }), options: { scale: 'log', theme: 'dark' } },
  {
    name: 'outliers',
    result: outliers({
      Ana: { successes: 10, trials: 15 },
      'Benoît Lefèvre-Martin': { successes: 30, trials: 200 },
      Eva: { successes: 45, trials: 190 },
      'مریم': { successes: 12, trials: 80 },
      New: { successes: 0, trials: 0 },
    }),
  },
  { name: 'outliers-dark', result: outliers({ north: { successes: 40, trials: 400 }, south: { successes: 9, trials: 30 } }), options: { theme: 'dark' } },
  { name: 'outcome-range', result: outcomeRange(three, { activity: 1000, rates: { meeting: '20%', sale: '25%' } }), options: { goal: 55 } },
  {
    name: 'pipeline-forecast',
    result: pipelineForecast(
      Array.from({ length: 40 }, (_, i) => ({ id: `D${i + 1}`, amount: 2_000 + ((i * 7_919) % 23) * 1_000, stage: ['demo', 'proposal', 'negotiation'][i % 3]! })),
      { asOf: '2026-11-02', period: 'quarter', probabilities: { demo: '20%', proposal: '45%', negotiation: '70%' }, quota: 180_000 },
    ),
  },
  {
    name: 'pipeline-forecast-bounded-dark',
    // 3,000 deals of uneven amounts: the won amount is bounded, not resolved, and drawn as spans
    result: pipelineForecast(
      Array.from({ length: 3_000 }, (_, i) => ({ id: `D${i + 1}`, amount: `${1_000 + ((i * 7_919) % 9_973)}.${String((i * 37) % 100).padStart(2, '0')}`, stage: ['demo', 'proposal'][i % 2]! })),
      { asOf: '2026-11-02', period: 'quarter', probabilities: { demo: '23%', proposal: '47%' }, quota: 6_000_000 },
    ),
    options: { theme: 'dark' },
  },
  { name: 'outcome-range-dark', result: outcomeRange(three, { activity: 1000, rates: { meeting: { successes: 20, trials: 100 }, sale: '25%' } }), options: { theme: 'dark', goal: 40 } },
];
