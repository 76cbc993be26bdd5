/**
 * Goals checked against a pipeline and a team (the worked example of docs/goals.md).
 *
 * Q4 revenue of $100,000 from 2026-10-01 to 2026-12-31; $40,000 won on 2026-10-20; on 2026-11-02
 * the open deals are a ($30,000) and b ($20,000) in proposal (80%), c ($25,000) and d ($15,000) in
 * demo (60%). The $60,000 still to win is reached when all four win (0.2304) or all but one of
 * b, c, d (0.0576 + 0.1536 + 0.1536; a alone missing leaves $60,000, also enough): 408/625 = 65.28%.
 */
export const q4 = {
  title: 'Q4 revenue',
  metric: 'revenue',
  target: { value: 100000, unit: 'USD' },
  start: '2026-10-01',
  deadline: '2026-12-31',
  level: 'quarterly',
  checkIn: 'weekly',
  owner: 'Sales team',
  method: 'Renewals and upsell to current customers',
} as const;

export const deals = [
  { id: 'w1', amount: 40000, stage: 'won', status: 'won', closedAt: '2026-10-20' },
  { id: 'a', amount: 30000, stage: 'proposal', stageEnteredAt: '2026-10-05' },
  { id: 'b', amount: 20000, stage: 'proposal', stageEnteredAt: '2026-09-01' },
  { id: 'c', amount: 25000, stage: 'demo', stageEnteredAt: '2026-10-25' },
  { id: 'd', amount: 15000, stage: 'demo', stageEnteredAt: '2026-08-01' },
  { id: 'l', amount: 9000, stage: 'demo', status: 'lost', closedAt: '2026-10-15' },
] as const;

export const probabilities = { proposal: '80%', demo: '60%' } as const;

export const pipeline = { deals, asOf: '2026-11-02', probabilities } as const;

/** 40 open deals of odd cent amounts at 50%: too many lattice points to be exact, so the chance is bounds. */
export const manyDeals = Array.from({ length: 40 }, (_, i) => ({ id: `d${i + 1}`, amount: ((1234567 + i * 101329) / 100).toFixed(2), stage: 'proposal' }));

export const bigPipeline = { deals: manyDeals, asOf: '2026-11-02', probabilities: { proposal: '50%' } } as const;

/** H1 revenue against two ramped reps at $150,000 a quarter: $600,000 of capacity through June. */
export const h1 = { ...q4, title: 'H1 revenue', target: { value: 900000, unit: 'USD' }, start: '2026-01-01', deadline: '2026-06-30', level: null } as const;

export const team = {
  reps: [
    { id: 'ana', start: '2025-01-01' },
    { id: 'ben', start: '2025-01-01' },
  ],
  ramp: ['25%', '50%', '75%'],
  quotaPerRep: 150000,
  quotaPer: 'quarter',
  periods: { from: '2026-01', months: 12 },
} as const;
