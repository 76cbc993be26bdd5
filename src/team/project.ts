/**
 * The team projection: month by month, how many reps hold seats, how many are expected to be
 * there after attrition and backfill, and how many fully ramped reps they are worth. Exact
 * (expected values are sums of products of exact shares), trusting its input.
 * @internal
 * @module
 */
import { yearMonthOf } from '../calendar/dates.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { monthStart, type PartialMonth, type Seat, type TeamInput } from './read.js';

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

/** The seats that end on the same day (or never): they leave together, and so do their backfills. */
interface EndClass {
  readonly end: number | null;
  /** Reps joining the plan (first month on the roster) in each month. */
  readonly joins: number[];
  /** Σ count × (1 − share of the month × ramp share), by month, by join month: what partial months and ramping take off a whole rep. */
  readonly shortfall: Map<number, Map<number, Ratio>>;
}

/**
 * Projects the team over the plan's months. Attrition: each rep on the roster in a month leaves at
 * its end with probability `attrition`, independently; the expected number present is the survival
 * (1 − a)^k of each rep k months after its first month in the plan. A leaver's seat is filled again
 * `backfillDelayMonths` months later (0: the next month) by a rep who starts on the 1st at ramp
 * month 1, leaves the same way, and leaves when the seat's planned end comes.
 *
 * Computed incrementally, seats grouped by their end day (they are on the roster together until
 * then): the expected reps of a group are last month's × (1 − a) plus this month's joiners, and a
 * rep's equivalents are a whole rep less its shortfall (a partial month, a ramp month), which is
 * non-zero in few months. So each month costs a few exact operations per group, not one per rep.
 */
export function project(t: TeamInput, extra: readonly Seat[] = []): Projection {
  const M = t.months;
  const starts: number[] = [];
  for (let m = 0; m <= M; m++) starts.push(monthStart(t.first + m));
  const cal: Months = { starts, first: t.first, rule: t.partialMonth };
  const pow = survival(t.attrition, M);
  const stay = ONE.sub(t.attrition);
  const leaves = t.attrition.sign() > 0;
  const backfill = leaves && t.backfillDelayMonths !== null ? t.backfillDelayMonths : null;

  const headcount = new Array<number>(M).fill(0);
  const classes = new Map<number | 'none', EndClass>();
  const repEquivalents: Ratio[] = [];
  const seats = [...t.reps, ...t.hires, ...extra];

  seats.forEach((seat, index) => {
    const tenure0 = tenureStart(seat.start, t.partialMonth);
    const key = seat.end ?? 'none';
    let c = classes.get(key);
    if (!c) classes.set(key, (c = { end: seat.end, joins: new Array<number>(M).fill(0), shortfall: new Map() }));
    const listed = index < t.reps.length;
    let join = -1;
    let own = ZERO;
    let fullFrom = -1; // the first month of the current run of whole, fully ramped months
    for (let m = 0; m < M; m++) {
      const p = presence(seat.start, seat.end, m, cal);
      if (p.isZero()) {
        if (join >= 0) break; // the roster is one stretch: once gone, gone
        continue;
      }
      if (join < 0) {
        join = m;
        c.joins[m]! += seat.count;
      }
      headcount[m]! += seat.count;
      const share = p.mul(rampAt(t.ramp, t.first + m - tenure0 + 1));
      if (share.equals(ONE)) {
        if (fullFrom < 0) fullFrom = m;
        continue;
      }
      if (listed && fullFrom >= 0) own = own.add(geometric(pow, t.attrition, fullFrom - join, m - 1 - join));
      fullFrom = -1;
      let byJoin = c.shortfall.get(m);
      if (!byJoin) c.shortfall.set(m, (byJoin = new Map()));
      const lost = ONE.sub(share).mul(Ratio.of(seat.count));
      byJoin.set(join, (byJoin.get(join) ?? ZERO).add(lost));
      if (listed && !share.isZero()) own = own.add(share.mul(pow[m - join]!));
    }
    if (listed) {
      if (fullFrom >= 0) own = own.add(geometric(pow, t.attrition, fullFrom - join, lastOnRoster(seat, join, M, cal) - join));
      repEquivalents.push(own);
    }
  });

  const expected = new Array<Ratio>(M).fill(ZERO);
  const equivalents = new Array<Ratio>(M).fill(ZERO);
  for (const c of classes.values()) {
    const present = Array.from({ length: M + 1 }, (_, m) => (m < M ? presence(Number.MIN_SAFE_INTEGER, c.end, m, cal) : ZERO));
    const arrivals = new Array<Ratio>(M).fill(ZERO);
    let originals = ZERO; // expected reps of the class's own seats present this month
    let settled = ZERO; // expected backfills past their ramp
    const R = t.ramp.length;
    for (let m = 0; m < M; m++) {
      const p = present[m]!;
      if (p.isZero()) {
        originals = ZERO;
        settled = ZERO;
        continue;
      }
      originals = (m === 0 ? ZERO : originals.mul(stay)).add(Ratio.of(c.joins[m]!));
      let ramped = originals;
      const shortfall = c.shortfall.get(m);
      if (shortfall) for (const [join, lost] of shortfall) ramped = ramped.sub(lost.mul(pow[m - join]!));
      let here = originals;
      if (backfill !== null) {
        // backfills that arrived R months ago are now past the ramp: they join the settled pool
        settled = m === 0 ? ZERO : settled.mul(stay);
        if (m - R >= 0 && !arrivals[m - R]!.isZero()) settled = settled.add(arrivals[m - R]!.mul(pow[R]!));
        let backfills = settled;
        let workedBack = settled;
        for (let s = Math.max(0, m - R + 1); s <= m; s++) {
          if (arrivals[s]!.isZero()) continue;
          const occupants = arrivals[s]!.mul(pow[m - s]!);
          backfills = backfills.add(occupants);
          workedBack = workedBack.add(occupants.mul(rampAt(t.ramp, m - s + 1)));
        }
        here = here.add(backfills);
        ramped = ramped.add(p.equals(ONE) ? workedBack : workedBack.mul(p));
        const to = m + 1 + backfill;
        if (to < M && !present[m + 1]!.isZero() && !present[to]!.isZero()) arrivals[to] = arrivals[to]!.add(here.mul(t.attrition));
      }
      expected[m] = expected[m]!.add(here);
      equivalents[m] = equivalents[m]!.add(ramped);
    }
  }
  return { headcount, expected, equivalents, repEquivalents };
}

/** Σ (1 − a)^k for k = from … to (0 when to < from): a rep's expected whole months over a stretch. */
function geometric(pow: readonly Ratio[], attrition: Ratio, from: number, to: number): Ratio {
  if (to < from) return ZERO;
  if (attrition.isZero()) return Ratio.of(to - from + 1);
  return pow[from]!.sub(pow[to + 1]!).div(attrition);
}

/** The last month (index) a seat that joined in `join` is on the roster. */
function lastOnRoster(seat: Seat, join: number, M: number, cal: Months): number {
  let m = join;
  while (m + 1 < M && !presence(seat.start, seat.end, m + 1, cal).isZero()) m++;
  return m;
}
