/**
 * The first, direct form of the team projection (a sum over every join month and cohort each month),
 * kept to check the incremental one in src/team/project.ts against: both must give the same exact values.
 * @module
 */
import { yearMonthOf } from '../../src/calendar/dates.js';
import { ONE, Ratio, ZERO } from '../../src/numbers/ratio.js';
import { monthStart, type PartialMonth, type Seat, type TeamInput } from '../../src/team/read.js';

/** What the projection gives, one entry per month (and per listed rep). */
export interface Projection {
  /** Whole reps on the roster (seats held by the plan's reps and hires), before attrition. */
  readonly headcount: number[];
  /** Expected reps present after attrition and backfill, exact. */
  readonly expected: Ratio[];
  /** Σ present reps × presence share × ramp share, exact. */
  readonly equivalents: Ratio[];
  /** Per listed rep (in order): expected ramped equivalents over all months (its own tenure only, not its backfill). */
  readonly repEquivalents: Ratio[];
}

/** Calendar facts of the plan's months: first day of each month and of the month after the last. */
interface Months {
  readonly starts: number[];
  readonly first: number;
  readonly rule: PartialMonth;
}

/** Share of month `m` a seat from `start` to `end` (inclusive) counts for, by the partial-month rule. */
function presence(start: number, end: number | null, m: number, cal: Months): Ratio {
  const from = cal.starts[m]!;
  const next = cal.starts[m + 1]!;
  const lo = Math.max(start, from);
  const hi = Math.min(end ?? next - 1, next - 1);
  const days = hi - lo + 1;
  if (days <= 0) return ZERO;
  if (cal.rule === 'full') return ONE;
  const inMonth = next - from;
  if (cal.rule === 'from-next-month') return days === inMonth ? ONE : ZERO;
  return days === inMonth ? ONE : Ratio.of(days, inMonth);
}

/** The month number in which tenure month 1 falls: the start month, or the next one when a mid-month start counts from the next month. */
function tenureStart(start: number, rule: PartialMonth): number {
  const { year, month } = yearMonthOf(start);
  const m = year * 12 + month;
  return rule === 'from-next-month' && start !== monthStart(m) ? m + 1 : m;
}

function rampAt(ramp: readonly Ratio[], tenure: number): Ratio {
  return tenure >= 1 && tenure <= ramp.length ? ramp[tenure - 1]! : ONE;
}

/** (1 − a)^k for k = 0 … n: the chance that a rep present in a month is still there k months later. */
function survival(attrition: Ratio, n: number): Ratio[] {
  const stay = ONE.sub(attrition);
  const pow = [ONE];
  for (let k = 1; k <= n; k++) pow.push(pow[k - 1]!.mul(stay));
  return pow;
}

/** Per seat end (a seat's backfills leave when the seat ends): what the originals leave, by join month. */
interface EndClass {
  readonly end: number | null;
  /** join month → per month: reps on the roster this month and the next (they can leave at its end and be replaced). */
  readonly leaving: Map<number, number[]>;
}

/**
 * Projects the team over the plan's months. Attrition: each rep on the roster in a month leaves at
 * its end with probability `attrition`, independently; the expected number present is the survival
 * (1 − a)^k of each rep k months after its first month in the plan. A leaver's seat is filled again
 * `backfillDelayMonths` months later (0: the next month) by a rep who starts on the 1st at ramp
 * month 1, leaves the same way, and leaves when the seat's planned end comes.
 */
export function projectReference(t: TeamInput, extra: readonly Seat[] = []): Projection {
  const M = t.months;
  const starts: number[] = [];
  for (let m = 0; m <= M; m++) starts.push(monthStart(t.first + m));
  const cal: Months = { starts, first: t.first, rule: t.partialMonth };
  const pow = survival(t.attrition, M);
  const leaves = t.attrition.sign() > 0;
  const backfill = leaves && t.backfillDelayMonths !== null ? t.backfillDelayMonths : null;

  const headcount = new Array<number>(M).fill(0);
  const rampedByJoin = new Map<number, Ratio[]>();
  const rosterByJoin = new Map<number, number[]>();
  const classes = new Map<number | 'none', EndClass>();
  const repEquivalents: Ratio[] = [];
  const seats = [...t.reps, ...t.hires, ...extra];

  seats.forEach((seat, index) => {
    const tenure0 = tenureStart(seat.start, t.partialMonth);
    let join = -1;
    let own = ZERO;
    let previous = ZERO;
    for (let m = 0; m < M; m++) {
      const p = presence(seat.start, seat.end, m, cal);
      if (p.isZero()) {
        if (join >= 0) break; // the roster is one stretch: once gone, gone
        continue;
      }
      if (join < 0) {
        join = m;
        if (!rampedByJoin.has(m)) {
          rampedByJoin.set(m, new Array<Ratio>(M).fill(ZERO));
          rosterByJoin.set(m, new Array<number>(M).fill(0));
        }
      }
      const share = p.mul(rampAt(t.ramp, t.first + m - tenure0 + 1));
      const ramped = rampedByJoin.get(join)!;
      ramped[m] = ramped[m]!.add(seat.count === 1 ? share : share.mul(Ratio.of(seat.count)));
      rosterByJoin.get(join)![m]! += seat.count;
      headcount[m]! += seat.count;
      if (index < t.reps.length) own = own.add(share.mul(pow[m - join]!));
      if (backfill !== null && m > 0 && !previous.isZero()) markLeaving(classes, seat, join, m - 1, M);
      previous = p;
    }
    if (index < t.reps.length) repEquivalents.push(own);
  });

  const expected: Ratio[] = [];
  const equivalents: Ratio[] = [];
  for (let m = 0; m < M; m++) {
    let e = ZERO;
    let q = ZERO;
    for (const [join, ramped] of rampedByJoin) {
      if (join > m) continue;
      const roster = rosterByJoin.get(join)![m]!;
      if (roster === 0) continue;
      e = e.add(pow[m - join]!.mul(Ratio.of(roster)));
      if (!ramped[m]!.isZero()) q = q.add(pow[m - join]!.mul(ramped[m]!));
    }
    expected.push(e);
    equivalents.push(q);
  }
  if (backfill !== null) addBackfill(t, cal, pow, backfill, classes, expected, equivalents);
  return { headcount, expected, equivalents, repEquivalents };
}

/** Records that `seat`'s reps were on the roster in month `m` and `m + 1` (so may leave at the end of `m` and be replaced). */
function markLeaving(classes: Map<number | 'none', EndClass>, seat: Seat, join: number, m: number, M: number): void {
  const key = seat.end ?? 'none';
  let c = classes.get(key);
  if (!c) classes.set(key, (c = { end: seat.end, leaving: new Map() }));
  let row = c.leaving.get(join);
  if (!row) c.leaving.set(join, (row = new Array<number>(M).fill(0)));
  row[m]! += seat.count;
}

/** The expected backfills of each seat end: arrivals `delay` months after each month's leavers, who ramp and leave in turn. */
function addBackfill(t: TeamInput, cal: Months, pow: readonly Ratio[], delay: number, classes: Map<number | 'none', EndClass>, expected: Ratio[], equivalents: Ratio[]): void {
  const M = t.months;
  const a = t.attrition;
  for (const c of classes.values()) {
    const present = Array.from({ length: M + 1 }, (_, m) => (m < M ? presence(Number.MIN_SAFE_INTEGER, c.end, m, cal) : ZERO));
    const arrivals = new Array<Ratio>(M).fill(ZERO);
    for (let m = 0; m < M; m++) {
      let here = ZERO;
      let ramped = ZERO;
      const p = present[m]!;
      if (!p.isZero()) {
        for (let s = 0; s <= m; s++) {
          if (arrivals[s]!.isZero()) continue;
          const occupants = arrivals[s]!.mul(pow[m - s]!);
          here = here.add(occupants);
          ramped = ramped.add(occupants.mul(p).mul(rampAt(t.ramp, m - s + 1)));
        }
        expected[m] = expected[m]!.add(here);
        equivalents[m] = equivalents[m]!.add(ramped);
      }
      const to = m + 1 + delay;
      if (to >= M || present[m + 1]!.isZero() || present[to]!.isZero()) continue;
      let leaving = here;
      for (const [join, row] of c.leaving) {
        if (join <= m && row[m]! > 0) leaving = leaving.add(pow[m - join]!.mul(Ratio.of(row[m]!)));
      }
      if (!leaving.isZero()) arrivals[to] = arrivals[to]!.add(leaving.mul(a));
    }
  }
}
