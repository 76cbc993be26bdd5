import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { countBetween, countOf, readList } from './read.js';
import { hasKind } from '../kind.js';

/** One rep's outreach in a month: personalised and generic touches (emails, messages). */
export interface OutreachTouches {
  readonly rep?: string;
  readonly personalized: NumberInput;
  readonly generic: NumberInput;
}

/** Options of {@link personalizationShare}. */
export interface PersonalizationOptions {
  /** Personalised touches expected per rep per month; default 50 (DOMAIN.md §2.9). */
  readonly benchmark?: NumberInput;
}

/** One line of {@link personalizationShare}. */
export interface PersonalizationLine {
  readonly personalized: number;
  readonly generic: number;
  /** personalized / (personalized + generic), exact; `null` with no touches (`reason: 'no-touches'`). */
  readonly share: Ratio | null;
  readonly reason: 'no-touches' | null;
  /** personalized / benchmark, exact (above 1 beyond the benchmark). */
  readonly attainment: Ratio;
  /** personalized ≥ benchmark. */
  readonly meetsBenchmark: boolean;
}

/** What {@link personalizationShare} returns. JSON-serialisable. */
export interface PersonalizationReport {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'personalization-share';
  readonly benchmark: number;
  /** The denominator of `share`, named: all touches, personalised and generic. */
  readonly denominator: 'all-touches';
  /** One line per row given, in order. */
  readonly byRep: readonly (PersonalizationLine & { readonly rep: string | null })[];
  /** Share over all rows; attainment of the team against benchmark × rows. */
  readonly overall: PersonalizationLine;
}

const rowInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    personalized: /* @__PURE__ */ countOf('personalized'),
    generic: /* @__PURE__ */ countOf('generic'),
  }),
  { phrases: enKpi, subject: 'outreachRow', expected: 'object' },
);
const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ benchmark: /* @__PURE__ */ z.optional(/* @__PURE__ */ countBetween('touchBenchmark', 1, Number.MAX_SAFE_INTEGER)) }),
);

function line(personalized: number, generic: number, benchmark: bigint): PersonalizationLine {
  const all = BigInt(personalized) + BigInt(generic);
  return {
    personalized,
    generic,
    share: all === 0n ? null : Ratio.of(BigInt(personalized), all),
    reason: all === 0n ? 'no-touches' : null,
    attainment: Ratio.of(BigInt(personalized), benchmark),
    meetsBenchmark: BigInt(personalized) >= benchmark,
  };
}

/**
 * Personalised versus generic outreach (DOMAIN.md §2.9): each rep's share of personalised
 * touches, and attainment against a monthly benchmark such as at least 50 personalised touches
 * per rep per month.
 *
 * Formulas: share = personalised / (personalised + generic); attainment = personalised /
 * benchmark; both exact. Give one row per rep for one month. The overall line adds every row and
 * measures attainment against benchmark × number of rows.
 *
 * @param rows - `{ rep?, personalized, generic }` per rep for the month (whole numbers).
 * @param options.benchmark - personalised touches per rep per month, a whole number ≥ 1; default 50.
 * @returns per rep and overall: share, attainment, whether the benchmark is met.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `TOO_LONG`, `OUT_OF_RANGE` (benchmark 0), `NEGATIVE`, `NOT_INTEGER`, `RESULT_TOO_LARGE`.
 * @example
 * import { personalizationShare } from 'funnel-math';
 * const r = personalizationShare([{ rep: 'Ana', personalized: 60, generic: 140 }, { rep: 'Bo', personalized: 30, generic: 20 }]);
 * r.byRep.map((x) => [x.rep, x.share, x.attainment, x.meetsBenchmark]); // => [['Ana', '3/10', '6/5', true], ['Bo', '3/5', '3/5', false]]
 * r.overall.share; // => '9/25'
 * r.overall.attainment; // => '9/10'
 * @category KPIs
 */
export function personalizationShare(rows: readonly OutreachTouches[], options?: PersonalizationOptions): PersonalizationReport {
  const opts = optionsInput.read(options ?? {}, ['options']);
  const benchmark = opts.benchmark ?? 50;
  const list = readList(rows, ['rows'], { phrases: enKpi, subject: 'outreachRows', expected: 'array' });
  let p = 0;
  let g = 0;
  const byRep = list.map((raw, i) => {
    const { rep, personalized, generic } = rowInput.read(raw, ['rows', i]);
    p += personalized;
    g += generic;
    if (!Number.isSafeInteger(p) || !Number.isSafeInteger(g)) {
      fail('RESULT_TOO_LARGE', { phrases: enKpi, subject: 'totalTouches' }, ['rows', i]);
    }
    return { rep: rep ?? null, ...line(personalized, generic, BigInt(benchmark)) };
  });
  const overall = line(p, g, BigInt(benchmark) * BigInt(Math.max(list.length, 1)));
  return { kind: 'personalization-share', benchmark, denominator: 'all-touches', byRep, overall };
}

/**
 * True when `value` is a {@link personalizationShare} result: a plain object whose `kind` is `'personalization-share'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link PersonalizationReport}).
 * @example
 * import { isPersonalizationReport, personalizationShare } from 'funnel-math';
 * const result = personalizationShare([{ rep: 'Ana', personalized: 60, generic: 140 }]);
 * isPersonalizationReport(result); // => true
 * isPersonalizationReport(JSON.parse(JSON.stringify(result))); // => true
 * isPersonalizationReport({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isPersonalizationReport(value: unknown): value is PersonalizationReport {
  return hasKind(value, 'personalization-share');
}
