import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeColumns,
  analyzeFunnel,
  createFunnelAccumulator,
  defineFunnel,
  funnelAccumulatorFromJSON,
  type ActivityRecord,
  type AnalyzeOptions,
  type FunnelAccumulator,
  type FunnelAccumulatorJSON,
} from '../../src/index.js';
import { instantOf, isoInto, isoMs, MAX_MS, MIN_MS } from '../../src/events/time.js';

/**
 * Records, columns and accumulators are three ways into one engine: the same log gives the same
 * report whichever way it comes in, in whatever form each field is written (a prospect as a number
 * or as its text, a time as epoch milliseconds, an ISO string or a Date, a value as a number or as
 * decimal text).
 */

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2);
const funnel = defineFunnel(['a', 'b', 'c', 'd'] as const);
type Id = 'a' | 'b' | 'c' | 'd';
const IDS: Id[] = ['a', 'b', 'c', 'd'];
const SOURCES = ['in', 'out', 'ref'];
const REPS = ['r1', 'r2', 'r3'];
const REASONS = ['price', 'timing'];

interface Row {
  prospect: number;
  stage: number;
  hour: number;
  source?: number;
  rep?: number;
  isNew?: boolean;
  reason?: number;
  /** In quarters: 6 is 1.5. */
  quarters?: number;
  /** How the record writes its fields: prospect as text, time form, value as text. */
  asText: boolean;
  time: 0 | 1 | 2 | 3 | 4;
  valueAsText: boolean;
}

const row = (withValue: boolean): fc.Arbitrary<Row> =>
  fc.record(
    {
      prospect: fc.nat({ max: 7 }),
      stage: fc.nat({ max: 3 }),
      hour: fc.oneof(fc.nat({ max: 20 }).map((day) => day * 24), fc.nat({ max: 24 * 30 })),
      source: fc.option(fc.nat({ max: 2 }), { nil: undefined }),
      rep: fc.option(fc.nat({ max: 2 }), { nil: undefined }),
      isNew: fc.option(fc.boolean(), { nil: undefined }),
      reason: fc.option(fc.nat({ max: 1 }), { freq: 6, nil: undefined }),
      quarters: withValue ? fc.option(fc.nat({ max: 400 }), { nil: undefined }) : fc.constant(undefined),
      asText: fc.boolean(),
      time: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
      valueAsText: fc.boolean(),
    },
    { requiredKeys: ['prospect', 'stage', 'hour', 'asText', 'time', 'valueAsText'] },
  );

/** The time of a row in one of the forms records give it. */
function timeOf(ms: number, form: Row['time']): number | string | Date {
  const iso = new Date(ms).toISOString();
  switch (form) {
    case 0:
      return ms;
    case 1:
      return iso; // 2026-11-02T05:00:00.000Z
    case 2:
      return iso.slice(0, 19); // no zone: UTC
    case 3: {
      // the same instant at +02:00
      const local = new Date(ms + 2 * HOUR).toISOString().slice(0, 16);
      return `${local}+02:00`;
    }
    default:
      return new Date(ms);
  }
}

/** Prospect ids close together, or far apart (beyond the table of small ids, beyond 32 bits). */
const SPREADS = [1, 1500, 2 ** 40];

function toRecord(r: Row, spread: number): ActivityRecord<Id> {
  const id = r.prospect * spread;
  const out: Record<string, unknown> = { prospect: r.asText ? String(id) : id, stage: IDS[r.stage]!, at: timeOf(T0 + r.hour * HOUR, r.time) };
  if (r.source !== undefined) out['source'] = SOURCES[r.source];
  if (r.rep !== undefined) out['rep'] = REPS[r.rep];
  if (r.isNew !== undefined) out['isNew'] = r.isNew;
  if (r.reason !== undefined) out['reason'] = REASONS[r.reason];
  if (r.quarters !== undefined) out['value'] = r.valueAsText ? String(r.quarters / 4) : r.quarters / 4;
  return out as unknown as ActivityRecord<Id>;
}

function toColumns(rows: Row[], withValue: boolean, spread: number) {
  const code = (v: number | undefined) => (v === undefined ? -1 : v);
  return {
    prospect: Float64Array.from(rows, (r) => r.prospect * spread),
    stage: Uint8Array.from(rows, (r) => r.stage),
    at: Float64Array.from(rows, (r) => T0 + r.hour * HOUR),
    source: { codes: Int8Array.from(rows, (r) => code(r.source)), names: SOURCES },
    rep: { codes: Int8Array.from(rows, (r) => code(r.rep)), names: REPS },
    reason: { codes: Int8Array.from(rows, (r) => code(r.reason)), names: REASONS },
    isNew: Int8Array.from(rows, (r) => (r.isNew === undefined ? -1 : r.isNew ? 1 : 0)),
    ...(withValue ? { value: Float64Array.from(rows, (r) => (r.quarters ?? 0) / 4) } : {}),
  };
}

const options: fc.Arbitrary<AnalyzeOptions<Id>> = fc
  .record(
    {
      order: fc.constantFrom('ordered' as const, 'strict' as const, 'any' as const),
      counting: fc.constantFrom('unique' as const, 'total' as const),
      reEntry: fc.constantFrom('first' as const, 'last' as const, 'each' as const),
      window: fc.constantFrom({}, { perStep: 3 }, { fromFirst: 10 }),
      by: fc.constantFrom('rep' as const, 'source' as const, 'month' as const, 'week' as const),
      asOf: fc.constantFrom(T0 + 20 * 24 * HOUR, '2026-12-31'),
      stalledAfterDays: fc.constantFrom(2, 7),
      perProspect: fc.boolean(),
      exclude: fc.constantFrom(['c' as const]),
    },
    { requiredKeys: [] },
  )
  .map((o) => (o.order === 'any' && o.window && 'perStep' in o.window ? { ...o, window: { fromFirst: 10 } } : o));

const viaJSON = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('records, columns and accumulators', () => {
  it('give identical reports: analyzeFunnel(records) = analyzeColumns(columns) = accumulators over random parts, merged in random order, live or through JSON', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((withValue) => fc.tuple(fc.constant(withValue), fc.array(row(withValue), { maxLength: 50 }))),
        options,
        fc.constantFrom(...SPREADS),
        fc.infiniteStream(fc.nat()),
        ([withValue, rows], o, spread, rand) => {
          // analyzeColumns has a value column or none: values in every row, or in none
          const valued = withValue && rows.every((r) => r.quarters !== undefined);
          const records = rows.map((r) => toRecord(r, spread)).map((r) => (valued || !withValue ? r : withoutValue(r)));
          const fromRecords = plain(analyzeFunnel(funnel, records, o));
          expect(plain(analyzeColumns(funnel, toColumns(rows, valued, spread), o))).toEqual(fromRecords);

          const parts: FunnelAccumulator<Id>[] = [0, 1, 2].map(() => createFunnelAccumulator(funnel, o));
          records.forEach((r) => {
            const part = parts[rand.next().value % parts.length]!;
            if (rand.next().value % 2 === 0) part.add(r);
            else part.addMany([r]);
          });
          const order = parts.map((p) => [rand.next().value, p] as const).sort((x, y) => x[0] - y[0]).map(([, p]) => p);
          let acc = funnelAccumulatorFromJSON<Id>(viaJSON(order[0]!.toJSON()));
          for (const p of order.slice(1)) acc = acc.merge(rand.next().value % 2 === 0 ? viaJSON(p.toJSON()) : p);
          expect(plain(acc.result())).toEqual(fromRecords);
          // the saved state reads back to the same JSON, byte for byte
          const saved = JSON.stringify(acc.toJSON());
          expect(JSON.stringify(funnelAccumulatorFromJSON(JSON.parse(saved) as FunnelAccumulatorJSON).toJSON())).toBe(saved);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a prospect id seen before the columns grew is still that prospect after they grew', () => {
    // 5000 is first seen while the accumulator holds one record; 6000 records (of other prospects, 0 to 6000) later it is small enough for the table of ids
    const acc = createFunnelAccumulator(funnel).add({ prospect: 5000, stage: 'a', at: T0 });
    acc.addMany(Array.from({ length: 6000 }, (_, i) => ({ prospect: i < 5000 ? i : i + 1, stage: 'a' as const, at: T0 + HOUR })));
    acc.add({ prospect: 5000, stage: 'b', at: T0 + 2 * HOUR }).add({ prospect: '5000', stage: 'c', at: T0 + 3 * HOUR });
    const merged = createFunnelAccumulator(funnel).merge(createFunnelAccumulator(funnel).add({ prospect: 5000, stage: 'a', at: T0 })).merge(acc);
    for (const report of [acc.result(), merged.result()]) expect(report.stages.map((st) => [st.prospects, st.inbound])).toEqual([[6001, 0], [1, 0], [1, 0], [0, 0]]);
  });

  it('a prospect given as a number and as its text is one prospect, whichever comes first', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 5 }), fc.boolean(), fc.nat({ max: 3 })), { maxLength: 30 }), (xs) => {
        const records = xs.map(([p, asText, s], i) => ({ prospect: asText ? String(p) : p, stage: IDS[s]!, at: T0 + i * HOUR }));
        const asNumbers = xs.map(([p, , s], i) => ({ prospect: p, stage: IDS[s]!, at: T0 + i * HOUR }));
        const o = { perProspect: true } as const;
        expect(plain(analyzeFunnel(funnel, records, o))).toEqual(plain(analyzeFunnel(funnel, asNumbers, o)));
      }),
    );
  });
});

function withoutValue(r: ActivityRecord<Id>): ActivityRecord<Id> {
  const { value: _, ...rest } = r as ActivityRecord<Id> & { value?: unknown };
  return rest as ActivityRecord<Id>;
}

describe('the fast reader of ISO instants', () => {
  const reference = (s: string): number => {
    const ms = isoMs(s);
    return ms !== ms ? ms : ms < MIN_MS || ms > MAX_MS ? Number.POSITIVE_INFINITY : ms;
  };
  const out = new Float64Array(1);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  // the common forms, with fields a little out of range now and then, and the odd character changed
  const text = fc
    .record({
      y: fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 999 })),
      mo: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 24 }),
      mi: fc.integer({ min: 0, max: 60 }),
      s: fc.integer({ min: 0, max: 60 }),
      ms: fc.integer({ min: 0, max: 999 }),
      form: fc.nat({ max: 5 }),
      zone: fc.constantFrom('', 'Z', 'z', '+02:00', '-05:30', '+23:59', '+24:00', '+0100', '-00:60'),
      noise: fc.option(fc.tuple(fc.nat({ max: 30 }), fc.constantFrom(' ', 'x', '-', ':', '.', '9', 'T')), { freq: 4, nil: undefined }),
    })
    .map(({ y, mo, d, h, mi, s, ms, form, zone, noise }) => {
      const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
      const times = [``, `T${pad(h, 2)}:${pad(mi, 2)}`, `T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`, `T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}`, ` ${pad(h, 2)}:${pad(mi, 2)}`, `T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}1`];
      const t = times[form]!;
      let out = date + t + (t === '' ? '' : zone);
      if (noise) out = out.slice(0, noise[0]) + noise[1] + out.slice(noise[0] + 1);
      return out;
    });

  it('gives exactly what the full reader gives, or leaves the text to it', () => {
    fc.assert(
      fc.property(text, (s) => {
        out[0] = Number.NaN;
        if (isoInto(s, out, 0)) expect(out[0]).toBe(reference(s));
        expect(instantOf(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the edges of the calendar and of the range as the full reader does, or leaves them to it', () => {
    const read = (s: string) => (isoInto(s, out, 0) ? out[0] : 'full reader');
    const cases: [string, number | string][] = [
      ['2000-02-29', Date.UTC(2000, 1, 29)],
      ['1600-02-29T12:00Z', Date.UTC(1600, 1, 29, 12)],
      ['2024-02-29T23:59:59.999+23:59', Date.UTC(2024, 1, 29, 23, 59, 59, 999) - (23 * 60 + 59) * 60_000],
      ['1900-02-29', 'full reader'],
      ['2100-02-29', 'full reader'],
      ['2023-02-29', 'full reader'],
      ['2026-04-31', 'full reader'],
      ['2026-08-31', Date.UTC(2026, 7, 31)],
      ['2026-12-31T00:00:00-01:00', Date.UTC(2026, 11, 31, 1)],
      ['1000-01-01T00:00:00.000Z', MIN_MS],
      ['9999-12-31T23:59:59.999Z', MAX_MS],
      ['1000-01-01T00:00+00:01', 'full reader'],
      ['9999-12-31T23:59:59.999-00:01', 'full reader'],
      ['0999-12-31', 'full reader'],
      ['2026-11-02T09:30:00.5Z', 'full reader'],
      ['2026-11-02 09:30', 'full reader'],
      ['2026-11-02T09:30:00+0200', 'full reader'],
      ['2026-11-02T09:30z', 'full reader'],
    ];
    expect(cases.map(([s]) => read(s))).toEqual(cases.map(([, v]) => v));
    for (const [s] of cases) expect(instantOf(s)).toBe(reference(s));
  });

  it('reads every instant that toISOString writes, in the years 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
        const s = new Date(ms).toISOString();
        expect(isoInto(s, out, 0)).toBe(true);
        expect(out[0]).toBe(ms);
      }),
      { numRuns: 3000 },
    );
  });
});
