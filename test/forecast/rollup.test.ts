import { describe, expect, it } from 'vitest';
import { forecastRollup, isForecastRollup } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

// Word problem: Ana has closed 40,000 and commits 25,000 more; Ben has 15,000 most likely,
// 30,000 best case and 50,000 of early pipeline; a 9,000 deal of Ana's is omitted.
const deals = [
  { id: 'a', amount: 40000, category: 'closed', rep: 'Ana', closeDate: '2026-02-10' },
  { id: 'b', amount: 25000, category: 'commit', rep: 'Ana', closeDate: '2026-03-20' },
  { id: 'c', amount: 15000, category: 'most-likely', rep: 'Ben', closeDate: '2026-03-31' },
  { id: 'd', amount: 30000, category: 'best-case', rep: 'Ben', closeDate: '2026-03-15' },
  { id: 'e', amount: 50000, category: 'pipeline', rep: 'Ben', closeDate: '2026-04-02' },
  { id: 'f', amount: 9000, category: 'omitted', rep: 'Ana', closeDate: '2026-03-01' },
] as const;

const columns = (r: ReturnType<typeof forecastRollup>['team']) => r.columns.map((c) => [c.column, c.amount.toString(), c.deals]);

describe('forecastRollup', () => {
  it('cumulative columns as Salesforce defines them: each holds its category and every more certain one', () => {
    const r = forecastRollup(deals);
    expect(r.kind).toBe('forecast-rollup');
    expect(r.rollup).toBe('cumulative');
    expect(r.period).toBeNull();
    expect(columns(r.team)).toEqual([
      ['open-pipeline', '120000', 4],
      ['best-case-forecast', '110000', 4],
      ['most-likely-forecast', '80000', 3],
      ['commit-forecast', '65000', 2],
      ['closed', '40000', 1],
    ]);
    expect(r.team.columns[0]!.includes).toEqual(['pipeline', 'best-case', 'most-likely', 'commit']);
    expect(r.excluded).toEqual({ omitted: 1, outsidePeriod: 0 });
    expect(r.byRep.map((rep) => [rep.rep, columns(rep)])).toEqual([
      ['Ana', [['open-pipeline', '25000', 1], ['best-case-forecast', '65000', 2], ['most-likely-forecast', '65000', 2], ['commit-forecast', '65000', 2], ['closed', '40000', 1]]],
      ['Ben', [['open-pipeline', '95000', 3], ['best-case-forecast', '45000', 2], ['most-likely-forecast', '15000', 1], ['commit-forecast', '0', 0], ['closed', '0', 0]]],
    ]);
    expect(plain(r.team.byCategory.at(-1))).toEqual({ category: 'omitted', amount: '9000', deals: 1 });
  });

  it('per-category columns hold one category each', () => {
    const r = forecastRollup(deals, { rollup: 'per-category' });
    expect(r.rollup).toBe('per-category');
    expect(columns(r.team)).toEqual([
      ['pipeline', '50000', 1],
      ['best-case', '30000', 1],
      ['most-likely', '15000', 1],
      ['commit', '25000', 1],
      ['closed', '40000', 1],
    ]);
  });

  it('a period keeps the deals closing in it (both ends included)', () => {
    const r = forecastRollup(deals, { period: { from: '2026-01-01', to: '2026-03-31' } });
    expect(r.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(r.excluded).toEqual({ omitted: 1, outsidePeriod: 1 });
    expect(columns(r.team)[0]).toEqual(['open-pipeline', '70000', 3]);
  });

  it('cents stay exact; deals without a rep are gathered under null', () => {
    const r = forecastRollup([
      { id: '1', amount: '0.1', category: 'commit' },
      { id: '2', amount: '0.2', category: 'closed' },
    ]);
    expect(r.team.columns[3]!.amount.toString()).toBe('0.3');
    expect(r.byRep.map((x) => x.rep)).toEqual([null]);
  });

  it('refuses bad input with stable codes and paths', () => {
    const twice = errorOf(() => forecastRollup([...deals, { id: 'b', amount: 1, category: 'commit' }]));
    expect([twice.code, twice.path]).toEqual(['DUPLICATE_ID', ['deals', 6, 'id']]);
    expect(twice.message).toBe('The deals have the id "b" twice (at 2 and 7); give each its own id.');
    const category = errorOf(() => forecastRollup([{ id: 'a', amount: 1, category: 'comit' as 'commit' }]));
    expect([category.code, category.path]).toEqual(['INVALID_CHOICE', ['deals', 0, 'category']]);
    const stageOnly = errorOf(() => forecastRollup([{ id: 'a', amount: 1, stage: 'demo' } as never]));
    expect(stageOnly.code).toBe('UNKNOWN_OPTION');
    const negative = errorOf(() => forecastRollup([{ id: 'a', amount: -5, category: 'commit' }]));
    expect([negative.code, negative.message]).toEqual(['NEGATIVE', 'The amount of deal 1 cannot be negative; got -5.']);
    const noDate = errorOf(() => forecastRollup([{ id: 'a', amount: 1, category: 'commit' }], { period: { from: '2026-01-01', to: '2026-03-31' } }));
    expect([noDate.code, noDate.path]).toEqual(['MISSING_VALUE', ['deals', 0, 'closeDate']]);
    const backwards = errorOf(() => forecastRollup(deals, { period: { from: '2026-04-01', to: '2026-03-31' } }));
    expect([backwards.code, backwards.path]).toEqual(['INVALID_RANGE', ['options', 'period', 'to']]);
    expect(errorOf(() => forecastRollup(deals, { rollup: 'sum' as 'cumulative' })).code).toBe('INVALID_CHOICE');
    expect(errorOf(() => forecastRollup('deals' as never)).code).toBe('INVALID_INPUT');
  });

  it('is recognised by its guard', () => {
    expect(isForecastRollup(plain(forecastRollup(deals)))).toBe(true);
  });
});
