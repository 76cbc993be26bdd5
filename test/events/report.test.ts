import { describe, expect, it } from 'vitest';
import {
  analyzeColumns,
  analyzeFunnel,
  createFunnelAccumulator,
  defineFunnel,
  funnelAccumulatorFromJSON,
  toHtml,
  toMarkdown,
  toSvg,
  toTable,
  toText,
  type ActivityRecord,
  type ActivityReport,
  type AnalyzeOptions,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2); // Monday 2026-11-02
const d = (n: number) => T0 + n * DAY;
const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);
type Id = 'contact' | 'meeting' | 'sale';

/**
 * DOMAIN §5: 10 sales from 15 meetings; `contactsEach` contact touches for each of `prospects`
 * contacted prospects (60 touches in all), `meetingsEach` meeting records for each of the 15.
 */
function domainLog(prospects: number, meetingsEach = 1): ActivityRecord<Id>[] {
  const records: ActivityRecord<Id>[] = [];
  const contactsEach = 60 / prospects;
  for (let i = 0; i < prospects; i++) {
    for (let c = 0; c < contactsEach; c++) records.push({ prospect: `p${i}`, stage: 'contact', at: d(c) });
    for (let m = 0; i < 15 && m < meetingsEach; m++) records.push({ prospect: `p${i}`, stage: 'meeting', at: d(5 + m) });
    if (i < 10) records.push({ prospect: `p${i}`, stage: 'sale', at: d(9) });
  }
  return records;
}

describe('the figure per touch beside the rates (DOMAIN §5)', () => {
  it('60 contacts, 15 meetings, 10 sales: 66.7% of meetings closed, and the 0.167 per contact touch a count of contacts reports', () => {
    const r = analyzeFunnel(funnel, domainLog(60), { asOf: '2026-11-30' });
    const sale = r.stages[2]!;
    expect(sale.ofPrevious!.label).toBe('66.7% of meeting (10 of 15)');
    expect(plain(sale.perTouchOfFirst)).toEqual({ value: '1/6', reason: null, numerator: 10, touches: 60, of: 'contact', label: '0.167 per touch of contact (10 per 60 touches)' });
    expect(plain(sale.perTouchOfPrevious)).toEqual({ value: '2/3', reason: null, numerator: 10, touches: 15, of: 'meeting', label: '0.667 per touch of meeting (10 per 15 touches)' });
    expect(r.stages.map((s) => s.perTouchOfPrevious?.label ?? null)).toEqual([null, '0.250 per touch of contact (15 per 60 touches)', '0.667 per touch of meeting (10 per 15 touches)']);
    // with one touch per prospect the figure per contact touch is the rate of contacts
    expect(r.stages[2]!.ofFirst.label).toBe('16.7% of contact (10 of 60)');
    expect(r.stages[0]!.perTouchOfFirst.label).toBe('1.000 per touch of contact (60 per 60 touches)');
  });

  it('the 60 contacts are 60 touches of 20 prospects, the 15 meetings 30 touches: the figures per touch fall, the rates do not', () => {
    const r = analyzeFunnel(funnel, domainLog(20, 2), { asOf: '2026-11-30' });
    expect(r.stages.map((s) => [s.touches, s.count])).toEqual([[60, 20], [30, 15], [10, 10]]);
    const sale = r.stages[2]!;
    expect([sale.ofPrevious!.label, sale.ofFirst.label]).toEqual(['66.7% of meeting (10 of 15)', '50.0% of contact (10 of 20)']);
    expect([sale.perTouchOfPrevious!.label, sale.perTouchOfFirst.label]).toEqual(['0.333 per touch of meeting (10 per 30 touches)', '0.167 per touch of contact (10 per 60 touches)']);
    expect(r.stages[1]!.perTouchOfPrevious!.label).toBe('0.250 per touch of contact (15 per 60 touches)');
    // on the first stage: prospects per touch, how much of the contacting was repeats
    expect(plain(r.stages[0]!.perTouchOfFirst)).toEqual({ value: '1/3', reason: null, numerator: 20, touches: 60, of: 'contact', label: '0.333 per touch of contact (20 per 60 touches)' });
    // the same from columns and from a sharded accumulator
    const records = domainLog(20, 2);
    const cols = analyzeColumns(funnel, {
      prospect: Int32Array.from(records.map((x) => Number(String(x.prospect).slice(1)))),
      stage: Uint8Array.from(records.map((x) => funnel.ids.indexOf(x.stage))),
      at: Float64Array.from(records.map((x) => x.at as number)),
    }, { asOf: '2026-11-30' });
    const acc = createFunnelAccumulator(funnel, { asOf: '2026-11-30' }).addMany(records.slice(0, 40));
    acc.merge(funnelAccumulatorFromJSON(createFunnelAccumulator(funnel, { asOf: '2026-11-30' }).addMany(records.slice(40)).toJSON()));
    for (const other of [cols, acc.result()]) expect(plain(other.stages.map((s) => [s.perTouchOfPrevious, s.perTouchOfFirst]))).toEqual(plain(r.stages.map((s) => [s.perTouchOfPrevious, s.perTouchOfFirst])));
  });

  it('may exceed 1 (it is not a rate): 3 meetings after 2 contact touches, one of them inbound', () => {
    const records: ActivityRecord<Id>[] = [
      { prospect: 'a', stage: 'contact', at: d(0) },
      { prospect: 'a', stage: 'meeting', at: d(1) },
      { prospect: 'b', stage: 'contact', at: d(0) },
      { prospect: 'b', stage: 'meeting', at: d(1) },
      { prospect: 'c', stage: 'meeting', at: d(2) },
    ];
    const m = analyzeFunnel(funnel, records).stages[1]!;
    expect([m.ofPrevious!.label, m.perTouchOfPrevious!.label]).toEqual(['100.0% of contact (2 of 2)', '1.500 per touch of contact (3 per 2 touches)']);
  });

  it('in groups: against the touches of the group (the records whose own rep it is)', () => {
    const records: ActivityRecord<Id>[] = [];
    // ann: 20 prospects contacted twice each, 10 meetings, 5 sales; bob: 20 contacted once, 5 meetings, 2 sales
    for (let i = 0; i < 40; i++) {
      const rep = i < 20 ? 'ann' : 'bob';
      const j = i % 20;
      records.push({ prospect: i, stage: 'contact', at: d(0), rep });
      if (rep === 'ann') records.push({ prospect: i, stage: 'contact', at: d(1), rep });
      if (j < (rep === 'ann' ? 10 : 5)) records.push({ prospect: i, stage: 'meeting', at: d(3), rep });
      if (j < (rep === 'ann' ? 5 : 2)) records.push({ prospect: i, stage: 'sale', at: d(6), rep });
    }
    const r = analyzeFunnel(funnel, records, { by: 'rep' });
    const labels = (s: ActivityReport['stages']) => s.map((x) => x.perTouchOfFirst.label);
    expect(r.groups!.map((g) => [g.key, labels(g.stages)])).toEqual([
      ['ann', ['0.500 per touch of contact (20 per 40 touches)', '0.250 per touch of contact (10 per 40 touches)', '0.125 per touch of contact (5 per 40 touches)']],
      ['bob', ['1.000 per touch of contact (20 per 20 touches)', '0.250 per touch of contact (5 per 20 touches)', '0.100 per touch of contact (2 per 20 touches)']],
    ]);
    expect(r.stages[2]!.perTouchOfFirst.label).toBe('0.117 per touch of contact (7 per 60 touches)');
  });

  it('no touches to divide by: null with a reason, never NaN or 0', () => {
    const r = analyzeFunnel(funnel, []);
    expect(plain(r.stages[0]!.perTouchOfFirst)).toEqual({ value: null, reason: 'no-touches', numerator: 0, touches: 0, of: 'contact', label: 'no figure per touch: no touches of contact' });
    // a group of inbound prospects, who were never contacted
    const g = analyzeFunnel(funnel, [{ prospect: 1, stage: 'contact', at: 0, source: 'call' }, { prospect: 2, stage: 'meeting', at: 0, source: 'web' }], { by: 'source' }).groups!;
    expect(plain(g[1]!.stages[1]!.perTouchOfPrevious)).toEqual({ value: null, reason: 'no-touches', numerator: 1, touches: 0, of: 'contact', label: 'no figure per touch: no touches of contact' });
  });

  it('the tables show both figures, each labelled with its denominator', () => {
    const r = analyzeFunnel(funnel, domainLog(20, 2), { asOf: '2026-11-30' });
    const t = toTable(r);
    expect(t.columns).toEqual(['stage', 'touches', 'prospects', 'new', 'inbound', 'of previous', 'of first', 'per previous touch', 'per first touch', 'dropped', 'open']);
    expect(t.rows).toEqual([
      ['contact', 60, 20, 20, 0, null, '100.0% of contact', null, '0.333 per contact touch', null, null],
      ['meeting', 30, 15, 15, 0, '75.0% of contact', '75.0% of contact', '0.250 per contact touch', '0.250 per contact touch', 0, 5],
      ['sale', 10, 10, 10, 0, '66.7% of meeting', '50.0% of contact', '0.333 per meeting touch', '0.167 per contact touch', 0, 5],
    ]);
    expect(toTable(plain(r)).rows).toEqual(t.rows);
    expect(toText(r).split('\n')[6]).toBe('sale          10         10   10        0  66.7% of meeting  50.0% of contact   0.333 per meeting touch  0.167 per contact touch        0     5');
    expect(toMarkdown(r).split('\n')[6]).toBe('| sale | 10 | 10 | 10 | 0 | 66.7% of meeting | 50.0% of contact | 0.333 per meeting touch | 0.167 per contact touch | 0 | 5 |');
    expect(toHtml(r)).toContain('<td dir="auto">0.167 per contact touch</td>');
    const none = toTable(analyzeFunnel(funnel, [])).rows[0]!;
    expect(none[8]).toBe('— (no-touches)');
  });
});

describe('counts only (timeToConvert: false)', () => {
  const log = domainLog(20, 2);
  const untimed = (stages: Record<string, unknown>[]) => stages.map(({ timeFromPrevious: _p, timeFromFirst: _f, ...s }) => s);
  const strip = (r: ActivityReport) => {
    const { options, groups, ...rest } = plain(r);
    return { ...rest, stages: untimed(rest.stages), groups: groups?.map((g: { stages: Record<string, unknown>[] }) => ({ ...g, stages: untimed(g.stages) })), options: { ...options, timeToConvert: null } };
  };
  const optionSets: AnalyzeOptions<Id>[] = [{}, { by: 'rep', window: { perStep: 7 }, order: 'strict', reEntry: 'each' }, { stalledAfterDays: 2, perProspect: true, counting: 'total' }];

  it('leaves every time to convert null, says so in options, and changes no count', () => {
    for (const o of optionSets) {
      const full = analyzeFunnel(funnel, log, o);
      const counts = analyzeFunnel(funnel, log, { ...o, timeToConvert: false });
      expect(full.stages[2]!.timeFromPrevious!.count).toBe(10);
      expect(counts.stages.flatMap((s) => [s.timeFromPrevious, s.timeFromFirst])).toEqual([null, null, null, null, null, null]);
      expect([full.options.timeToConvert, counts.options.timeToConvert]).toEqual([true, false]);
      expect(strip(counts)).toEqual(strip(full));
      for (const g of counts.groups ?? []) expect(g.stages.every((s) => s.timeFromPrevious === null && s.timeFromFirst === null)).toBe(true);
    }
  });

  it('the same from columns (the fast walk included) and from an accumulator, whose saved options keep it', () => {
    const cols = {
      prospect: Int32Array.from(log.map((x) => Number(String(x.prospect).slice(1)))),
      stage: Uint8Array.from(log.map((x) => funnel.ids.indexOf(x.stage))),
      at: Float64Array.from(log.map((x) => x.at as number)),
    };
    for (const o of optionSets) {
      if (o.perProspect) continue; // per-prospect ids differ between 'p1' and 1
      const want = plain(analyzeFunnel(funnel, log.map((x) => ({ ...x, prospect: Number(String(x.prospect).slice(1)) })), { ...o, timeToConvert: false }));
      expect(plain(analyzeColumns(funnel, cols, { ...o, timeToConvert: false }))).toEqual(want);
    }
    const acc = createFunnelAccumulator(funnel, { timeToConvert: false }).addMany(log);
    const json = acc.toJSON();
    expect(json.options).toEqual({ timeToConvert: false });
    expect(plain(funnelAccumulatorFromJSON(JSON.parse(JSON.stringify(json))).result())).toEqual(plain(analyzeFunnel(funnel, log, { timeToConvert: false })));
    // an accumulator of the full figures is not merged into one of counts only
    expect(errorOf(() => createFunnelAccumulator(funnel).merge(json)).message).toContain('timeToConvert');
  });

  it('the time chart says the times were not computed, not that nobody converted', () => {
    const svg = toSvg(analyzeFunnel(funnel, log, { timeToConvert: false }), { chart: 'time-to-convert' });
    expect(svg).toContain('Times to convert were not computed: the report was made for counts only (timeToConvert: false).');
    expect(toSvg(analyzeFunnel(funnel, log), { chart: 'time-to-convert' })).not.toContain('not computed');
  });

  it('is refused when not true or false, and a misspelling is named', () => {
    const e = errorOf(() => analyzeFunnel(funnel, log, { timeToConvert: 'no' as never }));
    expect([e.code, e.path, e.message]).toEqual(['INVALID_INPUT', ['options', 'timeToConvert'], 'The option "timeToConvert" should be true or false; got "no".']);
    expect(errorOf(() => analyzeColumns(funnel, { prospect: [], stage: [], at: [] }, { timeToConvert: 0 as never })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => createFunnelAccumulator(funnel, { timeToConvert: null as never })).path).toEqual(['options', 'timeToConvert']);
    const typo = errorOf(() => analyzeFunnel(funnel, log, { timeToConvrt: false } as never));
    expect([typo.code, typo.path]).toEqual(['UNKNOWN_OPTION', ['options', 'timeToConvrt']]);
    expect(typo.message).toContain('Did you mean "timeToConvert"?');
  });
});
