import { describe, expect, it } from 'vitest';
import {
  analyzeFunnel,
  createFunnelAccumulator,
  defineFunnel,
  funnelAccumulatorFromJSON,
  type ActivityRecord,
  type FunnelAccumulatorJSON,
} from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const DAY = 86_400_000;
const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
type Id = 'call' | 'meeting' | 'sale';
const log: ActivityRecord<Id>[] = [];
for (let i = 0; i < 60; i++) {
  log.push({ prospect: `p${i}`, stage: 'call', at: i * 3_600_000, rep: i % 2 ? 'ana' : 'ben', source: i < 50 ? 'cold' : 'list' });
  if (i < 15) log.push({ prospect: `p${i}`, stage: 'meeting', at: 3 * DAY + i, rep: 'ana' });
  if (i < 10) log.push({ prospect: `p${i}`, stage: 'sale', at: 9 * DAY + i, rep: 'ben', value: 1000 + i });
}
for (let i = 0; i < 4; i++) log.push({ prospect: `in${i}`, stage: 'meeting', at: 4 * DAY, source: 'inbound' });
const options = { by: 'rep', window: { perStep: 7 }, stalledAfterDays: 3 } as const;

/**
 * The BigQuery JavaScript UDAF of docs/activity-logs.md, read from the page itself (the JavaScript
 * between the SQL's raw-string quotes) and run with `FunnelMath` bound to this library, so the
 * documentation cannot drift from the behaviour.
 */
type State = { acc: unknown };
interface Udaf {
  initialState(): State;
  aggregate(state: State, prospect: string, stage: string, at: Date, rep: string | null, source: string | null): void;
  merge(state: State, partial: State): void;
  finalize(state: State): string;
  serialize(state: State): unknown;
  deserialize(serialized: unknown): State;
}
function udafFromDocs(): Udaf {
  const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'activity-logs.md'), 'utf8');
  const open = "AS r'''";
  const code = page.slice(page.indexOf(open) + open.length, page.indexOf("\n''';")).replaceAll('export function', 'function');
  const make = new Function('FunnelMath', `${code}\nreturn { initialState, aggregate, merge, finalize, serialize, deserialize };`) as (api: unknown) => Udaf;
  return make(api);
}

describe('createFunnelAccumulator', () => {
  it('drives the BigQuery UDAF of the docs through initialState / aggregate / serialize / deserialize / merge / finalize and equals one pass', () => {
    const u = udafFromDocs();
    const rows = log.map(({ value: _v, ...r }) => r);
    const shards = [0, 1, 2].map(() => u.initialState());
    rows.forEach((r, i) => u.aggregate(shards[(i * 7) % 3]!, String(r.prospect), r.stage, new Date(r.at as number), r.rep ?? null, r.source ?? null));
    // states cross worker boundaries as JSON text between every step
    const move = (s: State) => u.deserialize(JSON.parse(JSON.stringify(u.serialize(s))));
    const moved = shards.map(move);
    const root = move(moved[2]!);
    u.merge(root, moved[0]!);
    const again = move(root);
    u.merge(again, move(moved[1]!));
    const report = JSON.parse(u.finalize(again));
    expect(report).toEqual(plain(analyzeFunnel(funnel, rows, options)));
    // the 4 inbound meetings are meetings too: sales are a share of all 19 meetings, but meetings of calls are 15 of 60
    expect(report.stages[2].ofPrevious.label).toBe('52.6% of meeting (10 of 19)');
    expect(report.stages[1].ofPrevious.label).toBe('25.0% of call (15 of 60)');
    expect(report.stages[2].ofFirst.label).toBe('16.7% of call (10 of 60)');
    expect(report.stages[1].inbound).toBe(4);
    expect(report.totals.records).toBe(rows.length);
    // a state the engine serialised by itself (plain JSON, no serialize call) still merges and finalises
    const raw = JSON.parse(JSON.stringify(shards[0])) as State;
    u.merge(raw, JSON.parse(JSON.stringify(shards[1])) as State);
    expect(JSON.parse(u.finalize(raw)).totals.records).toBe(rows.filter((_, i) => (i * 7) % 3 !== 2).length);
  });

  it('value is summed exactly across shards', () => {
    const parts = [log.slice(0, 20), log.slice(20)].map((p) => createFunnelAccumulator(funnel, options).addMany(p));
    expect(funnelAccumulatorFromJSON<Id>(JSON.parse(JSON.stringify(parts[1]!.toJSON()))).merge(parts[0]!).result().stages[2]!.value!.toString()).toBe('10045');
  });

  it('add / addMany / merge / toJSON / fromJSON / result', () => {
    const a = createFunnelAccumulator(funnel, options).addMany(log.slice(0, 30));
    const b = createFunnelAccumulator(funnel, options);
    for (const r of log.slice(30)) b.add(r);
    const merged = funnelAccumulatorFromJSON<Id>(JSON.parse(JSON.stringify(b.toJSON()))).merge(a.toJSON());
    expect(plain(merged.result())).toEqual(plain(analyzeFunnel(funnel, log, options)));
    expect(merged.result().totals.records).toBe(log.length);
    expect(merged.result().kind).toBe('activity-report');
    // toJSON is a copy: changing it does not change the accumulator
    const json = a.toJSON();
    json.state.p.length = 0;
    expect(a.result().totals.used).toBe(30);
  });

  it('the quantile rule is saved with the options: read back, the report keeps it; a different rule does not merge', () => {
    const acc = createFunnelAccumulator(funnel, { quantile: 'averaged' }).addMany(log);
    const json = JSON.parse(JSON.stringify(acc.toJSON())) as FunnelAccumulatorJSON;
    expect(json.options).toEqual({ quantile: 'averaged' });
    expect(plain(funnelAccumulatorFromJSON<Id>(json).result())).toEqual(plain(analyzeFunnel(funnel, log, { quantile: 'averaged' })));
    const e = errorOf(() => createFunnelAccumulator(funnel).merge(acc));
    expect([e.code, e.message]).toEqual(['INCOMPATIBLE', 'The accumulator to merge (merging needs the same stages and options) does not match: quantile.']);
  });

  it('the state is plain JSON', () => {
    const json = createFunnelAccumulator(funnel).add({ prospect: 1, stage: 'call', at: '2026-11-02T10:00:00Z', isNew: true, value: '12.5' }).toJSON();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.state).toMatchObject({ prospects: ['1'], p: [0], s: [0], t: [Date.UTC(2026, 10, 2, 10)], nw: [1], val: ['25/2'], records: 1 });
  });

  it('a grouping function is stored as its keys; adding more needs the function again', () => {
    const by = (r: ActivityRecord<Id>) => (String(r.prospect).startsWith('in') ? 'inbound' : 'outbound');
    const acc = createFunnelAccumulator(funnel, { by }).addMany(log);
    const json = JSON.parse(JSON.stringify(acc.toJSON())) as FunnelAccumulatorJSON;
    expect(json.options).toEqual({ by: 'function' });
    expect(plain(funnelAccumulatorFromJSON<Id>(json).result())).toEqual(plain(analyzeFunnel(funnel, log, { by })));
    const missing = errorOf(() => funnelAccumulatorFromJSON<Id>(json).add(log[0]!));
    expect([missing.code, missing.path, missing.message]).toEqual([
      'MISSING_VALUE',
      ['options', 'by'],
      'Nothing was given for the grouping function; give the same function again (as by) when the saved accumulator is read back.',
    ]);
    const more = funnelAccumulatorFromJSON<Id>(json, { by }).add({ prospect: 'in9', stage: 'call', at: 0 });
    expect(more.result().groups!.map((g) => [g.key, g.stages[0]!.count])).toEqual([['inbound', 1], ['outbound', 60]]);
  });

  it('merging a different funnel or different options is INCOMPATIBLE; a damaged state is INVALID_INPUT', () => {
    const a = createFunnelAccumulator(funnel, { window: { perStep: 7 } });
    const differ = errorOf(() => a.merge(createFunnelAccumulator(funnel, { window: { perStep: 8 } })));
    expect([differ.code, differ.path, differ.message]).toEqual(['INCOMPATIBLE', ['other'], 'The accumulator to merge (merging needs the same stages and options) does not match: window.']);
    expect(errorOf(() => a.merge(createFunnelAccumulator(defineFunnel(['call', 'sale']), { window: { perStep: 7 } }) as never)).code).toBe('INCOMPATIBLE');
    // equal options written differently are the same options
    a.merge(createFunnelAccumulator(funnel, { window: { perStep: '7' } }));
    const good = createFunnelAccumulator(funnel).add({ prospect: 1, stage: 'call', at: 0 }).toJSON();
    const damage = (f: (s: Record<string, unknown>) => void) => {
      const j = JSON.parse(JSON.stringify(good));
      f(j.state);
      return errorOf(() => funnelAccumulatorFromJSON(j));
    };
    const stage = damage((s) => (s['s'] = [3]));
    expect([stage.code, stage.path, stage.message]).toEqual(['INVALID_INPUT', ['json', 'state'], 'The saved accumulator state (its "s" entry) should be the state exactly as the accumulator saved it; got 3.']);
    expect(damage((s) => (s['t'] = [Number.NaN])).code).toBe('INVALID_INPUT');
    expect(damage((s) => (s['p'] = [])).path).toEqual(['json', 'state']);
    expect(damage((s) => (s['val'] = ['-1'])).code).toBe('INVALID_INPUT');
    expect(damage((s) => (s['prospects'] = ['1', '1'])).code).toBe('INVALID_INPUT');
    expect(errorOf(() => funnelAccumulatorFromJSON({ format: 'x' } as never)).path).toEqual(['json']);
    expect(errorOf(() => a.merge(42 as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => a.addMany('x' as never)).code).toBe('INVALID_INPUT');
  });

  it('a bad record throws naming the index it had in this accumulator, or is listed with onInvalid skip', () => {
    const acc = createFunnelAccumulator(funnel).add({ prospect: 1, stage: 'call', at: 0 });
    const e = errorOf(() => acc.add({ prospect: 1, stage: 'demo' as Id, at: 0 }));
    expect([e.code, e.path]).toEqual(['UNKNOWN_STAGE', ['records', 1, 'stage']]);
    const skip = createFunnelAccumulator(funnel, { onInvalid: 'skip' }).addMany([{ prospect: 1, stage: 'call', at: 0 }, { prospect: 2, stage: 'call', at: 'yesterday' }]);
    expect(skip.result().rejected.map((r) => [r.index, r.code])).toEqual([[1, 'INVALID_DATE']]);
  });
  it('a BigInt, a reference cycle or an own constructor key anywhere in the JSON is a damaged state or a different accumulator, never a TypeError', () => {
    const acc = createFunnelAccumulator(funnel).add({ prospect: 1, stage: 'call', at: 0 });
    const good = acc.toJSON() as unknown as Record<string, Record<string, unknown>>;
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    const hostile = Object.assign(['1'], { constructor: 1 });
    for (const bad of [1n, cycle]) {
      // other fields beside the state's own are not read, so they cannot break it
      expect(funnelAccumulatorFromJSON({ ...good, state: { ...good['state'], extra: bad } } as never).result().totals.records).toBe(1);
      expect(acc.toJSON().state).toEqual(good['state']);
      const rejected = [{ index: 0, code: 'INVALID_INPUT', path: [bad], reason: 'r' }];
      expect(errorOf(() => funnelAccumulatorFromJSON({ ...good, state: { ...good['state'], rejected } } as never)).path).toEqual(['json', 'state']);
      expect(errorOf(() => funnelAccumulatorFromJSON({ ...good, state: { ...good['state'], prospects: [bad] } } as never)).code).toBe('INVALID_INPUT');
      expect(errorOf(() => acc.merge({ ...good, options: { extra: bad } } as never)).code).toBe('INCOMPATIBLE');
      expect(errorOf(() => acc.merge({ ...good, funnel: bad } as never)).code).toBe('INCOMPATIBLE');
    }
    const read = funnelAccumulatorFromJSON({ ...good, state: { ...good['state'], prospects: hostile } } as never);
    expect(read.merge(acc).result().totals).toEqual({ records: 2, used: 2, prospects: 1, journeys: 1 });
  });
});
