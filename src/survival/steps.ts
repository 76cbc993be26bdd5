/**
 * Observations grouped by distinct time, with the number at risk: the counting both estimators
 * share. Ties follow the standard convention: the events at a time happen before the censorings
 * at that time, so a deal censored at day 10 is still at risk for the events of day 10.
 * @internal
 * @module
 */

/** One distinct time: at risk just before it, the events per outcome, and the censorings. */
export interface TimeGroup {
  readonly time: number;
  /** Observations with time ≥ this time (events before censorings at a tie). */
  readonly atRisk: number;
  /** Events at this time per outcome index. */
  readonly events: readonly number[];
  /** Σ events. */
  readonly eventCount: number;
  readonly censored: number;
}

/** Groups `(time, outcome index or −1 for censored)` pairs by time, ascending. */
export function groupByTime(times: readonly number[], outcomes: readonly number[], outcomeCount: number): TimeGroup[] {
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const groups: TimeGroup[] = [];
  let atRisk = times.length;
  let i = 0;
  while (i < order.length) {
    const time = times[order[i]!]!;
    const events = new Array<number>(outcomeCount).fill(0);
    let censored = 0;
    let eventCount = 0;
    let j = i;
    for (; j < order.length && times[order[j]!] === time; j++) {
      const k = outcomes[order[j]!]!;
      if (k < 0) censored++;
      else {
        events[k]!++;
        eventCount++;
      }
    }
    groups.push({ time, atRisk, events, eventCount, censored });
    atRisk -= j - i;
    i = j;
  }
  return groups;
}
