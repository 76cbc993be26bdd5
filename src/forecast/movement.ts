import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import type { DateInput } from '../calendar/dates.js';
import { fail } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { hasKind } from '../kind.js';
import { enForecast } from '../messages/enForecast.js';
import type { ErrorSubject } from '../messages/types.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { amountOf, choiceOf, dateOf, money, periodPiece, periodShown, readRows, textOf, total, uniqueKeys, type Period, type CloseDatePeriod } from './dealList.js';

/** A deal as a pipeline snapshot shows it on the day the snapshot was taken. */
export interface SnapshotDeal {
  /** The deal's id: the same deal has the same id in both snapshots, and one id is in a snapshot once. */
  readonly id: string;
  /** Its amount of money, 0 or more. */
  readonly amount: NumberInput;
  /** The stage it is at. */
  readonly stage: string;
  readonly status: 'open' | 'won' | 'lost';
  /** When it is expected to close (or closed), ISO `YYYY-MM-DD` or a Date. */
  readonly expectedCloseAt: DateInput;
  /** Who owns it (for the slippage per rep). */
  readonly rep?: string;
}

/** What a deal of the opening snapshot that is not in the closing one counts as. */
export type MissingDealRule = 'lost' | 'error';

/** Options of {@link pipelineMovement}. */
export interface PipelineMovementOptions {
  /** The period whose pipeline moves: deals expected to close from `from` to `to` (both included). */
  readonly period: CloseDatePeriod;
  /**
   * A deal of the opening snapshot missing from the closing one (deleted, merged, filtered out of
   * the export): `'lost'` counts it as lost at its opening amount; `'error'` refuses the snapshots.
   */
  readonly missing: MissingDealRule;
}

/** The steps of the waterfall, in order, from the opening pipeline to the closing one. */
export type MovementStep = 'new' | 'pulled-in' | 'reopened' | 'expanded' | 'contracted' | 'won' | 'lost' | 'pushed-out' | 'moved-earlier';

/** One step of the waterfall. */
export interface MovementStepTotal {
  readonly step: MovementStep;
  /** The change it makes to the in-period pipeline: positive for what comes in, negative for what leaves. */
  readonly change: Decimal;
  /** How many deals it moves. */
  readonly deals: number;
}

/** What happened to one deal between the snapshots (only deals in either in-period pipeline). */
export interface DealMovement {
  readonly id: string;
  /** Where it went or came from; `'stayed'` when it is in both in-period pipelines. */
  readonly movement: 'stayed' | 'new' | 'pulled-in' | 'reopened' | 'won' | 'lost' | 'missing' | 'pushed-out' | 'moved-earlier';
  /** The amount in the opening in-period pipeline, or `null` when it was not in it. */
  readonly opening: Decimal | null;
  /** The amount in the closing in-period pipeline, or `null` when it is not in it. */
  readonly closing: Decimal | null;
  /** 1 when its expected close date is later in the closing snapshot than in the opening one, else 0. */
  readonly pushes: number;
}

/** Slippage of a group of deals (a rep, or the team). */
export interface Slippage {
  /** Deals expected to close in the period at the opening snapshot (open, close date in the period): the denominator. */
  readonly expected: number;
  /** Of those, the ones still open at the closing snapshot (neither won nor lost). */
  readonly slipped: number;
  /** slipped / expected, exact; `null` when no deal was expected. */
  readonly slipRate: Ratio | null;
  readonly reason: 'no-deals-expected' | null;
  /** Names the denominator of `slipRate`. */
  readonly denominator: 'deals expected to close in the period at the opening snapshot';
  /** Σ amount of the slipped deals (opening amounts). */
  readonly slippedAmount: Decimal;
  /** Deals of either in-period pipeline, present in both snapshots, whose expected close date moved later. */
  readonly pushes: number;
}

/** What {@link pipelineMovement} returns. JSON-serialisable. */
export interface PipelineMovement {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'pipeline-movement';
  readonly period: { readonly from: string; readonly to: string };
  /** The rule used for deals missing from the closing snapshot. */
  readonly missing: MissingDealRule;
  /** The opening in-period pipeline: Σ amount of open deals expected to close in the period, at the opening snapshot. */
  readonly opening: { readonly amount: Decimal; readonly deals: number };
  /** The steps; opening + Σ change = closing, exactly. */
  readonly steps: readonly MovementStepTotal[];
  /** The closing in-period pipeline, measured the same way at the closing snapshot. */
  readonly closing: { readonly amount: Decimal; readonly deals: number };
  readonly deals: readonly DealMovement[];
  readonly slippage: Slippage;
  /** Slippage per rep (the rep of the opening snapshot), in order of first appearance; `rep: null` for deals without one. */
  readonly slippageByRep: readonly (Slippage & { readonly rep: string | null })[];
}

const missingSchema: z.ZodMiniEnum<{ [K in MissingDealRule]: K }> = /* @__PURE__ */ z.enum(['lost', 'error']);

const OPTIONS = { phrases: enForecast, subject: 'options', expected: 'object' } as const;

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    period: periodPiece,
    missing: /* @__PURE__ */ choicePiece(missingSchema, 'missingDealRule', 'string', { phrases: enForecast }),
  }),
  OPTIONS,
);

const dealInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    id: /* @__PURE__ */ textOf('forecastDealId'),
    amount: /* @__PURE__ */ amountOf('forecastDealAmount'),
    stage: /* @__PURE__ */ textOf('snapshotDealStage'),
    status: /* @__PURE__ */ choiceOf(['open', 'won', 'lost'] as const, 'snapshotDealStatus'),
    expectedCloseAt: /* @__PURE__ */ dateOf('snapshotExpectedClose'),
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ textOf('forecastDealRep')),
  }),
  { phrases: enForecast, subject: 'snapshotDeal', expected: 'object' },
);

type ReadDeal = ReturnType<typeof dealInput.read>;

/** Reads one snapshot: its deals, by id (ids unique). */
function readSnapshot(input: unknown, name: 'opening' | 'closing', subject: ErrorSubject): { list: ReadDeal[]; byId: Map<string, ReadDeal> } {
  const list = readRows(input, [name], { phrases: enForecast, subject, expected: 'snapshotDeals' }, (row, at) => dealInput.read(row, at));
  uniqueKeys(
    list.map((d) => d.id),
    [name],
    subject,
    'id',
  );
  return { list, byId: new Map(list.map((d) => [d.id, d])) };
}

/** Open and expected to close in the period: the in-period pipeline. */
function inPipeline(d: ReadDeal | undefined, p: Period): boolean {
  return d !== undefined && d.status === 'open' && d.expectedCloseAt >= p.from && d.expectedCloseAt <= p.to;
}

/** Why an opening in-period deal is not in the closing one. */
function exitOf(after: ReadDeal | undefined, p: Period): 'won' | 'lost' | 'missing' | 'pushed-out' | 'moved-earlier' {
  if (after === undefined) return 'missing';
  if (after.status !== 'open') return after.status;
  return after.expectedCloseAt > p.to ? 'pushed-out' : 'moved-earlier';
}

interface Moved {
  readonly id: string;
  readonly movement: DealMovement['movement'];
  readonly opening: Ratio | null;
  readonly closing: Ratio | null;
  readonly pushes: number;
}

/** The movement of every deal in either in-period pipeline (the core: trusts its input). */
function movementsOf(opening: ReadonlyMap<string, ReadDeal>, closing: ReadonlyMap<string, ReadDeal>, p: Period): Moved[] {
  const out: Moved[] = [];
  const pushesOf = (before: ReadDeal | undefined, after: ReadDeal | undefined) => (before && after && after.expectedCloseAt > before.expectedCloseAt ? 1 : 0);
  for (const before of opening.values()) {
    if (!inPipeline(before, p)) continue;
    const after = closing.get(before.id);
    const pushes = pushesOf(before, after);
    if (inPipeline(after, p)) out.push({ id: before.id, movement: 'stayed', opening: before.amount, closing: after!.amount, pushes });
    else out.push({ id: before.id, movement: exitOf(after, p), opening: before.amount, closing: null, pushes });
  }
  for (const after of closing.values()) {
    if (!inPipeline(after, p)) continue;
    const before = opening.get(after.id);
    if (inPipeline(before, p)) continue; // counted above
    const movement = before === undefined ? 'new' : before.status === 'open' ? 'pulled-in' : 'reopened';
    out.push({ id: after.id, movement, opening: null, closing: after.amount, pushes: pushesOf(before, after) });
  }
  return out;
}

const STEPS: readonly MovementStep[] = ['new', 'pulled-in', 'reopened', 'expanded', 'contracted', 'won', 'lost', 'pushed-out', 'moved-earlier'];

/** The step a deal's movement adds to (a stayed deal adds its amount change to expanded or contracted). */
function stepsOf(m: Moved): [MovementStep, Ratio][] {
  switch (m.movement) {
    case 'stayed': {
      const change = m.closing!.sub(m.opening!);
      return change.sign() === 0 ? [] : [[change.sign() > 0 ? 'expanded' : 'contracted', change]];
    }
    case 'new':
    case 'pulled-in':
    case 'reopened':
      return [[m.movement, m.closing!]];
    case 'missing': // counted as lost (the rule 'error' refused it before)
      return [['lost', ZERO.sub(m.opening!)]];
    default:
      return [[m.movement, ZERO.sub(m.opening!)]];
  }
}

/** Slippage of the deals expected at the opening (those with an opening amount). */
function slippageOf(moved: readonly Moved[]): Slippage {
  const expected = moved.filter((m) => m.opening !== null);
  const slipped = expected.filter((m) => m.movement === 'stayed' || m.movement === 'pushed-out' || m.movement === 'moved-earlier');
  return {
    expected: expected.length,
    slipped: slipped.length,
    slipRate: expected.length === 0 ? null : Ratio.of(slipped.length, expected.length),
    reason: expected.length === 0 ? 'no-deals-expected' : null,
    denominator: 'deals expected to close in the period at the opening snapshot',
    slippedAmount: money(total(slipped.map((m) => m.opening!))),
    pushes: moved.reduce((n, m) => n + m.pushes, 0),
  };
}

/**
 * Pipeline movement: how the pipeline expected to close in a period changed between two snapshots,
 * as a waterfall that adds up exactly, and how much of it slipped.
 *
 * The in-period pipeline of a snapshot is Σ amount of its open deals whose expected close date is in
 * the period. Waterfall: opening + new (not in the opening snapshot) + pulled in (open at the
 * opening with a close date outside the period) + reopened (won or lost at the opening, open in the
 * period now) + expanded − contracted (amount changes of deals in both pipelines) − won − lost −
 * pushed out (close date moved after the period) − moved earlier (close date moved before the
 * period) = closing, exactly. A deal that leaves counts at its opening amount, one that comes in at
 * its closing amount. A deal missing from the closing snapshot is lost (`missing: 'lost'`) or an
 * error (`missing: 'error'`), as you choose.
 *
 * Slippage: slip rate = deals expected to close in the period at the opening snapshot that are
 * still open at the closing snapshot / deals expected (the denominator, named in the result), per
 * rep and for the team; `null` with a reason when none was expected. Take the closing snapshot at
 * the end of the period for it to mean "did not close in the period". A push is a deal whose
 * expected close date is later in the closing snapshot than in the opening one (with two
 * snapshots, 0 or 1 per deal).
 *
 * @param opening - the deals at the first snapshot `{ id, amount, stage, status, expectedCloseAt, rep? }`.
 * @param closing - the same deals (and new ones) at the second snapshot.
 * @param options - `period` `{ from, to }` (both days in it) and `missing`: `'lost'` or `'error'`.
 * @returns the opening and closing pipeline, the steps, each deal's movement and the slippage.
 * @throws FunnelMathError `DUPLICATE_ID` (an id twice in one snapshot), `MISSING_VALUE` (a deal of
 *   the opening pipeline missing from the closing snapshot with `missing: 'error'`; no period or
 *   rule), `INVALID_CHOICE`, `NEGATIVE`, `INVALID_NUMBER`, `INVALID_DATE`, `INVALID_RANGE`,
 *   `UNKNOWN_OPTION`, `INVALID_INPUT`.
 * @example
 * import { pipelineMovement } from 'funnel-math';
 * const q = '2026-03-31';
 * const opening = [
 *   { id: 'a', amount: 10000, stage: 'proposal', status: 'open', expectedCloseAt: '2026-02-15' },
 *   { id: 'b', amount: 20000, stage: 'demo', status: 'open', expectedCloseAt: '2026-03-10' },
 *   { id: 'c', amount: 5000, stage: 'demo', status: 'open', expectedCloseAt: q },
 *   { id: 'd', amount: 8000, stage: 'demo', status: 'open', expectedCloseAt: '2026-05-20' },
 * ] as const;
 * const closing = [
 *   { id: 'a', amount: 12000, stage: 'won', status: 'won', expectedCloseAt: '2026-02-11' },
 *   { id: 'b', amount: 20000, stage: 'demo', status: 'open', expectedCloseAt: '2026-04-30' },
 *   { id: 'c', amount: 6000, stage: 'proposal', status: 'open', expectedCloseAt: q },
 *   { id: 'd', amount: 8000, stage: 'proposal', status: 'open', expectedCloseAt: '2026-03-25' },
 *   { id: 'e', amount: 3000, stage: 'demo', status: 'open', expectedCloseAt: q },
 * ] as const;
 * const m = pipelineMovement(opening, closing, { period: { from: '2026-01-01', to: q }, missing: 'error' });
 * [m.opening.amount, m.closing.amount]; // => ['35000', '17000']
 * m.steps.filter((s) => s.deals > 0).map((s) => [s.step, s.change]); // => [['new', '3000'], ['pulled-in', '8000'], ['expanded', '1000'], ['won', '-10000'], ['pushed-out', '-20000']]
 * m.slippage.slipRate; // => '2/3'
 * @category Forecasting
 */
export function pipelineMovement(opening: readonly SnapshotDeal[], closing: readonly SnapshotDeal[], options: PipelineMovementOptions): PipelineMovement {
  if (!isPlainObject(options)) fail('INVALID_INPUT', { ...OPTIONS, received: options }, ['options']);
  const o = optionsInput.read(options, ['options']);
  const before = readSnapshot(opening, 'opening', 'openingSnapshot');
  const after = readSnapshot(closing, 'closing', 'closingSnapshot');
  const moved = movementsOf(before.byId, after.byId, o.period);
  if (o.missing === 'error') {
    const gone = moved.find((m) => m.movement === 'missing');
    if (gone) fail('MISSING_VALUE', { phrases: enForecast, subject: 'missingClosingDeal', expected: 'closingDealOrLost', id: gone.id }, ['closing']);
  }
  const sums = new Map<MovementStep, { change: Ratio; deals: number }>(STEPS.map((s) => [s, { change: ZERO, deals: 0 }]));
  for (const m of moved)
    for (const [step, change] of stepsOf(m)) {
      const s = sums.get(step)!;
      sums.set(step, { change: s.change.add(change), deals: s.deals + 1 });
    }
  const openingIn = moved.filter((m) => m.opening !== null);
  const closingIn = moved.filter((m) => m.closing !== null);
  const reps = new Map<string | null, Moved[]>();
  for (const m of moved) {
    const rep = (before.byId.get(m.id) ?? after.byId.get(m.id))!.rep ?? null;
    let acc = reps.get(rep);
    if (!acc) reps.set(rep, (acc = []));
    acc.push(m);
  }
  return {
    kind: 'pipeline-movement',
    period: periodShown(o.period),
    missing: o.missing,
    opening: { amount: money(total(openingIn.map((m) => m.opening!))), deals: openingIn.length },
    steps: STEPS.map((step) => ({ step, change: money(sums.get(step)!.change), deals: sums.get(step)!.deals })),
    closing: { amount: money(total(closingIn.map((m) => m.closing!))), deals: closingIn.length },
    deals: moved.map((m) => ({ id: m.id, movement: m.movement, opening: m.opening === null ? null : money(m.opening), closing: m.closing === null ? null : money(m.closing), pushes: m.pushes })),
    slippage: slippageOf(moved),
    slippageByRep: [...reps].map(([rep, mine]) => ({ rep, ...slippageOf(mine) })),
  };
}

/**
 * True when `value` is a {@link pipelineMovement} result: a plain object whose `kind` is
 * `'pipeline-movement'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link PipelineMovement}).
 * @example
 * import { isPipelineMovement, pipelineMovement } from 'funnel-math';
 * const deal = { id: 'a', amount: 100, stage: 'demo', status: 'open', expectedCloseAt: '2026-03-01' } as const;
 * const result = pipelineMovement([deal], [deal], { period: { from: '2026-01-01', to: '2026-03-31' }, missing: 'lost' });
 * isPipelineMovement(result); // => true
 * isPipelineMovement(JSON.parse(JSON.stringify(result))); // => true
 * isPipelineMovement({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isPipelineMovement(value: unknown): value is PipelineMovement {
  return hasKind(value, 'pipeline-movement');
}
