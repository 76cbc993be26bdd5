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
  type FunnelAccumulatorJSON,
  FunnelMathError,
} from '../../src/index.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2);
const funnel = defineFunnel(['a', 'b', 'c', 'd'] as const);
type Id = 'a' | 'b' | 'c' | 'd';
const IDS: Id[] = ['a', 'b', 'c', 'd'];

// Few prospects, hours on a coarse grid (many equal timestamps), repeats, sources, reps, losses.
const record = (withValue: boolean, dense: boolean) =>
  fc.record(
    {
      prospect: fc.nat({ max: dense ? 2 : 7 }),
      stage: fc.nat({ max: 3 }),
      hour: dense ? fc.constantFrom(0, 24, 48) : fc.oneof(fc.nat({ max: 20 }).map((day) => day * 24), fc.nat({ max: 24 * 30 })),
      source: fc.option(fc.constantFrom('in', 'out', 'ref'), { nil: undefined }),
      rep: fc.option(fc.constantFrom('r1', 'r2', 'r3'), { nil: undefined }),
      isNew: dense ? fc.constant(undefined) : fc.option(fc.boolean(), { nil: undefined }),
      reason: dense ? fc.constant(undefined) : fc.option(fc.constantFrom('price', 'timing'), { freq: 6, nil: undefined }),
      value: withValue && !dense ? fc.nat({ max: 500 }).map((v) => v / 4) : fc.constant(undefined),
    },
    { requiredKeys: ['prospect', 'stage', 'hour'] },
  );
/** `dense`: 3 prospects on 3 days and only source and rep set, so records equal but for their rep or source are common (the tie-break decides). */
const records = (withValue = false, dense = false) => fc.array(record(withValue, dense), { maxLength: 40 });
const anyRecords = (withValue = false) => fc.oneof(records(withValue), records(withValue, true));

function toRecords(rs: { prospect: number; stage: number; hour: number; source?: string; rep?: string; isNew?: boolean; reason?: string; value?: number }[]): ActivityRecord<Id>[] {
  return rs.map((r) => {
    const out: Record<string, unknown> = { prospect: r.prospect, stage: IDS[r.stage]!, at: T0 + r.hour * HOUR };
    for (const k of ['source', 'rep', 'isNew', 'reason', 'value'] as const) if (r[k] !== undefined) out[k] = r[k];
    return out as unknown as ActivityRecord<Id>;
  });
}

const options: fc.Arbitrary<AnalyzeOptions<Id>> = fc
  .record(
    {
      order: fc.constantFrom('ordered' as const, 'strict' as const, 'any' as const),
      counting: fc.constantFrom('unique' as const, 'total' as const),
      reEntry: fc.constantFrom('first' as const, 'last' as const, 'each' as const),
      window: fc.constantFrom({}, { perStep: 3 }, { fromFirst: 10 }, { fromFirst: 10, perStep: 2 }),
      by: fc.constantFrom('rep' as const, 'source' as const, 'month' as const, 'week' as const),
      attribution: fc.constantFrom('first' as const, 'last' as const, { stage: 'b' as const }),
      asOf: fc.constantFrom(T0 + 20 * 24 * HOUR, '2026-12-31'),
      stalledAfterDays: fc.constantFrom(2, 7),
      perProspect: fc.boolean(),
      exclude: fc.constantFrom(['c' as const]),
    },
    { requiredKeys: [] },
  )
  .map((o) => (o.order === 'any' && o.window && 'perStep' in o.window ? { ...o, window: { fromFirst: 10 } } : o));

describe('analyzeFunnel properties', () => {
  it('record order does not change the report: analyze(shuffle(records)) = analyze(records)', () => {
    fc.assert(
      fc.property(fc.oneof(anyRecords(true), anyRecords(false)), options, fc.infiniteStream(fc.nat()), (rs, o, rand) => {
        const recs = toRecords(rs);
        const shuffled = recs.map((r) => [rand.next().value, r] as const).sort((x, y) => x[0] - y[0]).map(([, r]) => r);
        expect(plain(analyzeFunnel(funnel, shuffled, o))).toEqual(plain(analyzeFunnel(funnel, recs, o)));
      }),
      { numRuns: 300 },
    );
  });

  it('equal timestamps are broken by content, not by arrival: the credited rep or source is the same for any record order', () => {
    fc.assert(
      fc.property(records(false, true), fc.constantFrom('rep' as const, 'source' as const), fc.constantFrom('first' as const, 'last' as const, { stage: 'b' as const }), fc.infiniteStream(fc.nat()), (rs, by, attribution, rand) => {
        const recs = toRecords(rs);
        const shuffled = recs.map((r) => [rand.next().value, r] as const).sort((x, y) => x[0] - y[0]).map(([, r]) => r);
        expect(plain(analyzeFunnel(funnel, shuffled, { by, attribution }))).toEqual(plain(analyzeFunnel(funnel, recs, { by, attribution })));
      }),
      { numRuns: 1000 },
    );
  });

  it('ordered, first journey: the counts equal a direct reference (sort each prospect by time then stage; enter at the first record; step to the next stage at its first record within the window)', () => {
    fc.assert(
      fc.property(anyRecords(), fc.constantFrom(null, 1, 3, 10), (rs, windowDays) => {
        const recs = toRecords(rs.map(({ reason: _r, ...r }) => r));
        const W = windowDays === null ? Number.POSITIVE_INFINITY : windowDays * 24 * HOUR;
        const K = IDS.length;
        const ref = { count: [0, 0, 0, 0], inbound: [0, 0, 0, 0], dropped: [0, 0, 0, 0], open: [0, 0, 0, 0] };
        const asOf = Math.max(...recs.map((r) => r.at as number));
        const byProspect = new Map<string, { stage: number; at: number }[]>();
        for (const r of recs) {
          const list = byProspect.get(String(r.prospect)) ?? [];
          list.push({ stage: IDS.indexOf(r.stage), at: r.at as number });
          byProspect.set(String(r.prospect), list);
        }
        for (const list of byProspect.values()) {
          list.sort((a, b) => a.at - b.at || a.stage - b.stage);
          let f = list[0]!.stage;
          let reachedAt = list[0]!.at;
          ref.count[f]!++;
          if (f > 0) ref.inbound[f]!++;
          for (const e of list.slice(1)) {
            if (f === K - 1 || e.at - reachedAt > W) break;
            if (e.stage === f + 1) {
              f++;
              reachedAt = e.at;
              ref.count[f]!++;
            }
          }
          if (f < K - 1) (asOf - reachedAt > W ? ref.dropped : ref.open)[f + 1]!++;
        }
        const r = analyzeFunnel(funnel, recs, windowDays === null ? {} : { window: { perStep: windowDays } });
        expect({
          count: r.stages.map((s) => s.count),
          inbound: r.stages.map((s) => s.inbound),
          dropped: r.stages.map((s) => s.dropped ?? 0),
          open: r.stages.map((s) => s.open ?? 0),
        }).toEqual(ref);
      }),
      { numRuns: 500 },
    );
  });

  it('unique ≤ total: prospects ≤ journeys ≤ touches per stage, and counting unique ≤ counting total', () => {
    fc.assert(
      fc.property(anyRecords(), options, (rs, o) => {
        const recs = toRecords(rs);
        const u = analyzeFunnel(funnel, recs, { ...o, counting: 'unique' });
        const t = analyzeFunnel(funnel, recs, { ...o, counting: 'total' });
        u.stages.forEach((s, k) => {
          expect(s.prospects).toBeLessThanOrEqual(s.journeys);
          expect(s.journeys).toBeLessThanOrEqual(s.touches);
          expect(s.count).toBe(s.prospects);
          expect(s.count).toBeLessThanOrEqual(t.stages[k]!.count);
          expect(t.stages[k]!.count).toBe(t.stages[k]!.journeys);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('in ordered mode counts never increase down the funnel: fromFirst[k] ≤ fromFirst[k−1], count[k] − inbound[k] ≤ count[k−1]; and count[k−1] = fromPrevious[k] + dropped[k] + open[k] in every mode', () => {
    fc.assert(
      fc.property(anyRecords(), options, (rs, o) => {
        const r = analyzeFunnel(funnel, toRecords(rs), o);
        for (let k = 1; k < r.stages.length; k++) {
          const s = r.stages[k]!;
          const prev = r.stages[k - 1]!;
          expect(prev.count).toBe(s.fromPrevious! + s.dropped! + s.open!);
          expect(s.count).toBe(s.fromPrevious! + s.inbound);
          if (o.order !== 'any') {
            expect(s.fromFirst).toBeLessThanOrEqual(prev.fromFirst);
            expect(s.count - s.inbound).toBeLessThanOrEqual(prev.count);
          }
          if (s.ofPrevious!.value) expect(s.ofPrevious!.value.compare(s.ofPrevious!.value.sub(s.ofPrevious!.value).add(s.ofPrevious!.value))).toBe(0);
          expect(s.ofPrevious!.reason === 'exceeds-denominator').toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('censored prospects are never dropped: with every window still open at asOf and no loss, dropped = 0 and open = count[k−1] − fromPrevious[k]', () => {
    fc.assert(
      fc.property(records(), fc.constantFrom('ordered' as const, 'any' as const), fc.constantFrom({ fromFirst: 45 }, { perStep: 45 }), (rs, order, window) => {
        const recs = toRecords(rs.map(({ reason: _r, ...r }) => r));
        const w = order === 'any' ? { fromFirst: 45 } : window;
        const r = analyzeFunnel(funnel, recs, { order, window: w });
        for (let k = 1; k < r.stages.length; k++) {
          expect(r.stages[k]!.dropped).toBe(0);
          expect(r.stages[k]!.open).toBe(r.stages[k - 1]!.count - r.stages[k]!.fromPrevious!);
        }
        // the same log a year later: every window has closed, so nobody is open any more
        const later = analyzeFunnel(funnel, recs, { order, window: w, asOf: T0 + 400 * 24 * HOUR });
        for (let k = 1; k < later.stages.length; k++) expect(later.stages[k]!.open).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('createFunnelAccumulator properties', () => {
  it('merge = single pass: accumulators over any partition, merged in any order (through JSON), give exactly analyzeFunnel', () => {
    fc.assert(
      fc.property(records(true), options, fc.array(fc.nat({ max: 3 }), { minLength: 40, maxLength: 40 }), fc.infiniteStream(fc.nat()), (rs, o, part, rand) => {
        const recs = toRecords(rs);
        const parts = [0, 1, 2, 3].map(() => createFunnelAccumulator(funnel, o));
        recs.forEach((r, i) => parts[part[i]!]!.add(r));
        const order = parts.map((p) => [rand.next().value, p] as const).sort((x, y) => x[0] - y[0]).map(([, p]) => p);
        let acc = funnelAccumulatorFromJSON<Id>(JSON.parse(JSON.stringify(order[0]!.toJSON())) as FunnelAccumulatorJSON);
        for (const p of order.slice(1)) {
          const viaJson = rand.next().value % 2 === 0;
          acc = acc.merge(viaJson ? (JSON.parse(JSON.stringify(p.toJSON())) as FunnelAccumulatorJSON) : p);
          acc = funnelAccumulatorFromJSON<Id>(JSON.parse(JSON.stringify(acc.toJSON())) as FunnelAccumulatorJSON);
        }
        const expected = plain(analyzeFunnel(funnel, recs, o));
        expect(plain(acc.result())).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyzeColumns properties', () => {
  it('analyzeColumns(columns(records)) = analyzeFunnel(records), whatever the order of the name lists', () => {
    fc.assert(
      fc.property(anyRecords(), fc.boolean(), options, fc.boolean(), (rs, withValue, o, reverseNames) => {
        const rows = withValue ? rs.map((r, i) => ({ ...r, value: (i * 37) % 101 })) : rs;
        const recs = toRecords(rows);
        const names = (xs: string[]) => (reverseNames ? [...xs].reverse() : xs);
        const sources = names(['in', 'out', 'ref']);
        const reps = names(['r1', 'r2', 'r3']);
        const reasons = names(['price', 'timing']);
        const code = (list: string[], v: string | undefined) => (v === undefined ? -1 : list.indexOf(v));
        const columns = {
          prospect: Int32Array.from(rows, (r) => r.prospect),
          stage: Uint8Array.from(rows, (r) => r.stage),
          at: Float64Array.from(rows, (r) => T0 + r.hour * HOUR),
          source: { codes: Int8Array.from(rows, (r) => code(sources, r.source)), names: sources },
          rep: { codes: Int8Array.from(rows, (r) => code(reps, r.rep)), names: reps },
          reason: { codes: Int8Array.from(rows, (r) => code(reasons, r.reason)), names: reasons },
          isNew: Int8Array.from(rows, (r) => (r.isNew === undefined ? -1 : r.isNew ? 1 : 0)),
          ...(withValue ? { value: Float64Array.from(rows, (r) => r.value!) } : {}),
        };
        expect(plain(analyzeColumns(funnel, columns, o))).toEqual(plain(analyzeFunnel(funnel, recs, o)));
      }),
      { numRuns: 300 },
    );
  });

  it('the one-pass path checks every row as the general path does: the same report, or the same error code and path', () => {
    const cell = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<number>) => fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: bad });
    // text that reads as a number ('1') is bad too: only a plain array can hold it
    const text = fc.constantFrom('0', '1', '2') as unknown as fc.Arbitrary<number>;
    const badNumber = fc.oneof(fc.constantFrom(Number.NaN, -1, 0.5, Number.POSITIVE_INFINITY, 1e300), text);
    const rowArb = fc.record({
      prospect: cell(fc.nat({ max: 40 }), badNumber),
      stage: cell(fc.nat({ max: 3 }), fc.oneof(fc.constantFrom(4, -1, 1.5, Number.NaN), text)),
      hour: cell(fc.nat({ max: 24 * 10 }), fc.oneof(fc.constantFrom(Number.NaN, 0.25, 1e12), text)),
      rep: cell(fc.integer({ min: -1, max: 2 }), fc.oneof(fc.constantFrom(3, -2, 0.5), text)),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80 }), fc.boolean(), fc.constantFrom('throw' as const, 'skip' as const), fc.boolean(), (rows, inTime, onInvalid, typed) => {
        const ordered = inTime ? [...rows].sort((x, y) => (Number(x.hour) || 0) - (Number(y.hour) || 0)) : rows;
        const num = (xs: number[]) => (typed ? Float64Array.from(xs) : xs);
        const columns = {
          prospect: num(ordered.map((r) => r.prospect)),
          stage: num(ordered.map((r) => r.stage)),
          at: num(ordered.map((r) => (typeof r.hour === 'number' && Number.isFinite(r.hour) && r.hour < 1e6 ? T0 + r.hour * HOUR : r.hour))),
          rep: { codes: num(ordered.map((r) => r.rep)), names: ['r1', 'r2', 'r3'] },
        };
        const outcome = (o: AnalyzeOptions<Id>) => {
          try {
            const { options: _o, prospects: _p, ...rest } = plain(analyzeColumns(funnel, columns, o));
            return rest;
          } catch (e) {
            // only a FunnelMathError is an outcome to compare; anything else fails the property
            if (!(e instanceof FunnelMathError)) throw e;
            return { code: e.code, path: e.path };
          }
        };
        // perProspect forces the general path
        expect(outcome({ onInvalid })).toEqual(outcome({ onInvalid, perProspect: true }));
      }),
      { numRuns: 400 },
    );
  });

  it('the one-pass path (default options, only prospect, stage and time) agrees with the general path, in any record order', () => {
    const plainRecord = fc.record({ prospect: fc.nat({ max: 30 }), stage: fc.nat({ max: 3 }), hour: fc.oneof(fc.nat({ max: 24 * 10 }), fc.nat({ max: 10 }).map((d) => d * 24)) });
    // dense: 3 prospects on 3 days, so records of one prospect at one time are common, and with asOf at day 1 so are late ones
    const denseRecord = fc.record({ prospect: fc.nat({ max: 2 }), stage: fc.nat({ max: 3 }), hour: fc.constantFrom(0, 24, 48) });
    const logs = fc.oneof(
      fc.tuple(fc.array(plainRecord, { maxLength: 120 }), fc.option(fc.nat({ max: 24 * 12 }), { nil: undefined })),
      fc.tuple(fc.array(denseRecord, { maxLength: 20 }), fc.constantFrom(24, undefined)),
    );
    fc.assert(
      fc.property(logs, fc.constantFrom('prospect', 'time', 'time, late ones anywhere', 'none'), fc.infiniteStream(fc.nat()), ([rows, asOfHour], sorted, rand) => {
        // time order is the fast path's own order (equal times here in any stage order); any other order makes it sort first;
        // records after asOf are left out, so they may stand anywhere in a log that is otherwise in time order
        const inTime = [...rows].sort((x, y) => x.hour - y.hour);
        const late = (r: { hour: number }) => asOfHour !== undefined && r.hour > asOfHour;
        const withLate = inTime.filter((r) => !late(r));
        for (const r of inTime.filter(late)) withLate.splice(rand.next().value % (withLate.length + 1), 0, r);
        const ordered =
          sorted === 'prospect'
            ? [...rows].sort((x, y) => x.prospect - y.prospect || x.hour - y.hour || x.stage - y.stage)
            : sorted === 'time'
              ? inTime
              : sorted === 'none'
                ? rows
                : withLate;
        const o = asOfHour === undefined ? {} : { asOf: T0 + asOfHour * HOUR };
        const columns = {
          prospect: Int32Array.from(ordered, (r) => r.prospect),
          stage: Uint8Array.from(ordered, (r) => r.stage),
          at: Float64Array.from(ordered, (r) => T0 + r.hour * HOUR),
        };
        // perProspect forces the general path; the reports must agree on everything else
        const { options: _a, ...fast } = plain(analyzeColumns(funnel, columns, o));
        const { options: _b, prospects: _c, ...general } = plain(analyzeFunnel(funnel, toRecords(ordered), { ...o, perProspect: true }));
        expect(fast).toEqual(general);
      }),
      { numRuns: 400 },
    );
  });
});
