import type { HistoryDeal } from '../../src/index.js';

/** The day the Proposal history of docs/forecasting.md is looked at. */
export const AS_OF = '2026-06-30';

/** The ISO day `n` days before {@link AS_OF}. */
export const ago = (n: number): string => new Date(Date.UTC(2026, 5, 30) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * The Proposal stage of docs/forecasting.md: 17 deals. 13 entered 160 days ago and closed: won
 * after 8, 10, 12, 14, 18, 20, 22, 26 and 95 days, lost after 15, 24, 35 and 100 days; 4 are still
 * open, 5, 7, 120 and 150 days in the stage.
 */
export function proposalDeals(): HistoryDeal[] {
  const deals: HistoryDeal[] = [];
  const closed = (status: 'won' | 'lost', days: number): void => {
    deals.push({ id: `p${deals.length + 1}`, stage: 'proposal', status, createdAt: ago(170), stageEnteredAt: ago(160), closedAt: ago(160 - days) });
  };
  for (const days of [8, 10, 12, 14, 18, 20, 22, 26, 95]) closed('won', days);
  for (const days of [15, 24, 35, 100]) closed('lost', days);
  for (const age of [5, 7, 120, 150]) deals.push({ id: `p${deals.length + 1}`, stage: 'proposal', status: 'open', createdAt: ago(age + 10), stageEnteredAt: ago(age) });
  return deals;
}
