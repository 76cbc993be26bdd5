import { defineFunnel } from '../../src/index.js';

/** A goal that passes every SMART check against {@link context}: 50 sales in Q1 after 45. */
export const good = {
  title: 'Q1 new-customer sales',
  metric: 'sales',
  kind: 'outcome',
  target: 50,
  baseline: { value: 45, period: '2025-Q4' },
  start: '2026-01-05',
  deadline: '2026-03-27',
  checkIn: 'weekly',
  owner: 'Team East',
  method: 'Call every inbound lead within an hour',
  channel: 'phone',
} as const;

export const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);

/**
 * Quarterly sales of 40, 42, 45; 15% of calls become meetings (150 of 1000) and 1 in 3 meetings
 * closes (50 of 150); three reps make 20 calls a day; phone has a record. 50 sales need 1000 calls;
 * 2026-01-05 to 2026-03-27 is 60 working days, so the team can make 3600.
 */
export const context = {
  history: [
    { period: '2025-Q2', value: 40 },
    { period: '2025-Q3', value: 42 },
    { period: '2025-Q4', value: 45 },
  ],
  funnel,
  rates: { meeting: { successes: 150, trials: 1000 }, sale: { successes: 50, trials: 150 } },
  capacity: { call: { reps: 3, perRepPerDay: 20 } },
  channels: { phone: [{ period: '2025', value: 160 }] },
};
