import { setOwn } from '../funnel/setOwn.js';
import { Ratio } from '../numbers/ratio.js';
import { stageRate } from '../rates/funnelFromCounts.js';
import type { Bucket } from './bucket.js';
import { durationStats } from './durations.js';
import type { EngineMeta } from './engine.js';
import type { Settings } from './options.js';
import { isoInstant } from './time.js';
import type { ActivityReport, EventGroup, EventStage, EventWarning, LossReason, PerTouch, ProspectDetail, RepMonth, StageBreakdown, StalledProspect } from './types.js';

/**
 * The report of the journey engine's buckets: stages with their rates (each naming its
 * denominator), loss reasons, warnings, groups, month over month, stalled prospects and details.
 * @internal
 * @module
 */

/** Plain string order (by UTF-16 code units, never the locale's). */
function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plain string order with `null` (no rep, no group) last. */
function nullLast(x: string | null, y: string | null): number {
  return x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
}

/**
 * `count` units per touch of stage `of`: a figure beside the rates, never one of them (DOMAIN §5:
 * the "close rate" of a system that counts contacts), so it is exact, may exceed 1 and has no
 * interval.
 */
function perTouch(count: number, touches: number, of: string, ofLabel: string): PerTouch {
  if (touches === 0) return { value: null, reason: 'no-touches', numerator: count, touches, of, label: `no figure per touch: no touches of ${ofLabel}` };
  const value = Ratio.of(count, touches);
  return { value, reason: null, numerator: count, touches, of, label: `${value.toFixed(3)} per touch of ${ofLabel} (${count} per ${touches} ${touches === 1 ? 'touch' : 'touches'})` };
}

/** The stages, loss reasons and warnings of one bucket (the total or a group). */
function breakdownOf(b: Bucket, set: Settings): StageBreakdown {
  const ids = set.ids;
  const labels = set.labels;
  const warnings: EventWarning[] = [];
  // counts only: no summary is computed, whatever durations the engine may hold
  const timed = set.timeToConvert;
  const stages: EventStage[] = ids.map((id, k) => {
    let value: Ratio | null = null;
    if (b.hasValue[k]) {
      value = Ratio.of(b.valueInt[k]!);
      if (b.valueRest[k]) value = value.add(b.valueRest[k]!);
    }
    const count = b.count[k]!;
    const first = k === 0;
    if (!first && count > b.count[k - 1]! && b.inbound[k]! > 0) {
      warnings.push({
        code: 'EXCEEDS_PREVIOUS',
        stage: id,
        message:
          `"${labels[k]}" has ${count}, more than the ${b.count[k - 1]} of "${labels[k - 1]}": ${b.inbound[k]} of them came in without "${labels[k - 1]}" ` +
          `(inbound or another source). Counting them as conversions of "${labels[k - 1]}" would give a rate above 100%; they are shown in inbound, and ofPrevious counts only the ${b.fromPrev[k]} who came from "${labels[k - 1]}".`,
      });
    }
    return {
      stage: id,
      touches: b.touches[k]!,
      prospects: b.prospects[k]!,
      journeys: b.journeys[k]!,
      count,
      newProspects: b.newCount[k]!,
      existingProspects: count - b.newCount[k]!,
      fromPrevious: first ? null : b.fromPrev[k]!,
      inbound: b.inbound[k]!,
      fromFirst: b.fromFirst[k]!,
      ofPrevious: first ? null : stageRate(b.fromPrev[k]!, b.count[k - 1]!, ids[k - 1]!, labels[k - 1]!),
      ofFirst: stageRate(b.fromFirst[k]!, b.count[0]!, ids[0]!, labels[0]!),
      perTouchOfPrevious: first ? null : perTouch(count, b.touches[k - 1]!, ids[k - 1]!, labels[k - 1]!),
      perTouchOfFirst: perTouch(count, b.touches[0]!, ids[0]!, labels[0]!),
      dropped: first ? null : b.dropped[k]!,
      open: first ? null : b.open[k]!,
      stalled: first || set.stalledAfter === null ? null : b.stalled[k]!,
      value,
      timeFromPrevious: first || !timed ? null : durationStats(b.prevDur[k]!.values(), set.quantile),
      timeFromFirst: first || !timed ? null : durationStats(b.firstDur[k]!.values(), set.quantile),
    };
  });
  const keys = new Set([...b.lost.keys(), ...b.lossTouches.keys()]);
  const lossReasons: LossReason[] = [...keys]
    .map((key) => {
      const cut = key.indexOf('\u0000');
      const k = Number(key.slice(0, cut));
      return { k, stage: ids[k]!, reason: key.slice(cut + 1), lost: b.lost.get(key) ?? 0, touches: b.lossTouches.get(key) ?? 0 };
    })
    .sort((x, y) => x.k - y.k || y.lost - x.lost || y.touches - x.touches || textOrder(x.reason, y.reason))
    .map(({ stage, reason, lost, touches }) => ({ stage, reason, lost, touches }));
  return { stages, lossReasons, warnings };
}

/** What the engine counted besides the buckets. */
export interface Tally {
  readonly used: number;
  readonly prospects: number;
  readonly journeys: number;
  readonly afterAsOf: number;
  readonly outside: number;
}

/** The optional parts of a report, when their options ask for them. */
export interface Extras {
  readonly mom: Map<string | null, Map<string, Float64Array>> | null;
  readonly stalled: StalledProspect[];
  readonly details: ProspectDetail[];
}

/** Turns the buckets and counts into the report. */
export function assemble(set: Settings, meta: EngineMeta, asOf: number | null, total: Bucket, groups: Map<string | null, Bucket> | null, extras: Extras, tally: Tally): ActivityReport {
  const main = breakdownOf(total, set);
  const warnings = [...main.warnings];
  const outside = tally.outside;
  if (outside > 0) {
    warnings.push({
      code: 'OUTSIDE_JOURNEY',
      stage: null,
      message:
        `${outside} record${outside === 1 ? '' : 's'} came after their prospect's journey had ended (completed, lost, or past its window) without a return to "${set.labels[0]}"; ` +
        'they count as touches only.',
    });
  }
  const report: {
    -readonly [K in keyof ActivityReport]: ActivityReport[K];
  } = {
    kind: 'activity-report',
    stages: main.stages,
    overall: main.stages[set.ids.length - 1]!.ofFirst,
    lossReasons: main.lossReasons,
    warnings,
    totals: { records: meta.records, used: tally.used, prospects: tally.prospects, journeys: tally.journeys },
    ignored: { excludedStage: meta.excludedStage, afterAsOf: tally.afterAsOf, outsideJourney: outside },
    rejected: [...meta.rejected].sort((x, y) => x.index - y.index || textOrder(x.reason, y.reason)),
    options: { ...set.resolved, asOf: asOf === null ? null : isoInstant(asOf), asOfFrom: set.asOf === null ? 'latest record' : 'option' },
  };
  if (groups) {
    const keys = [...groups.keys()].sort(nullLast);
    report.groups = keys.map((key): EventGroup => ({ key, ...breakdownOf(groups.get(key)!, set) }));
  }
  if (extras.mom) report.monthOverMonth = monthRows(extras.mom, set.ids);
  if (set.stalledAfter !== null) {
    report.stalled = extras.stalled.sort((x, y) => y.idleMs - x.idleMs || textOrder(x.prospect, y.prospect));
  }
  if (set.perProspect) report.prospects = extras.details.sort((x, y) => textOrder(x.prospect, y.prospect));
  return report;
}

function nextMonth(m: string): string {
  let y = Number(m.slice(0, 4));
  let mo = Number(m.slice(5, 7)) + 1;
  if (mo > 12) {
    mo = 1;
    y++;
  }
  return `${y}-${String(mo).padStart(2, '0')}`;
}

/** Every rep × every month from the first to the last month seen, with the change from the month before. */
function monthRows(mom: Map<string | null, Map<string, Float64Array>>, ids: readonly string[]): RepMonth[] {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const months of mom.values()) {
    for (const m of months.keys()) {
      if (lo === null || m < lo) lo = m;
      if (hi === null || m > hi) hi = m;
    }
  }
  if (lo === null || hi === null) return [];
  const reps = [...mom.keys()].sort(nullLast);
  const rows: RepMonth[] = [];
  const stageObj = (c: ArrayLike<number> | undefined) => {
    const o: Record<string, number> = {};
    ids.forEach((id, k) => setOwn(o, id, c ? c[k]! : 0));
    return o;
  };
  for (const rep of reps) {
    const months = mom.get(rep)!;
    let prev: Record<string, number> | null = null;
    for (let m = lo; ; m = nextMonth(m)) {
      const counts = stageObj(months.get(m));
      let change: Record<string, number> | null = null;
      if (prev) {
        const p = prev;
        change = {};
        for (const id of ids) setOwn(change, id, counts[id]! - p[id]!);
      }
      rows.push({ rep, month: m, counts, change });
      prev = counts;
      if (m === hi) break;
    }
  }
  return rows;
}
