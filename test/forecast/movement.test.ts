import { describe, expect, it } from 'vitest';
import { isPipelineMovement, pipelineMovement, type SnapshotDeal } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const q1 = { from: '2026-01-01', to: '2026-03-31' };

// Word problem: on 1 January the Q1 pipeline is a (10,000, Ana), b (20,000, Ana) and c (5,000,
// Ben); d (8,000, Ben) is expected in May and g (4,000, Ben) in March. By 31 March a was won (at
// 12,000), b pushed to April, c grew to 6,000, d was pulled into March, g was lost, and e
// (3,000) is new.
const opening: SnapshotDeal[] = [
  { id: 'a', amount: 10000, stage: 'proposal', status: 'open', expectedCloseAt: '2026-02-15', rep: 'Ana' },
  { id: 'b', amount: 20000, stage: 'demo', status: 'open', expectedCloseAt: '2026-03-10', rep: 'Ana' },
  { id: 'c', amount: 5000, stage: 'demo', status: 'open', expectedCloseAt: '2026-03-31', rep: 'Ben' },
  { id: 'd', amount: 8000, stage: 'demo', status: 'open', expectedCloseAt: '2026-05-20', rep: 'Ben' },
  { id: 'g', amount: 4000, stage: 'demo', status: 'open', expectedCloseAt: '2026-03-05', rep: 'Ben' },
];
const closing: SnapshotDeal[] = [
  { id: 'a', amount: 12000, stage: 'won', status: 'won', expectedCloseAt: '2026-02-11', rep: 'Ana' },
  { id: 'b', amount: 20000, stage: 'demo', status: 'open', expectedCloseAt: '2026-04-30', rep: 'Ana' },
  { id: 'c', amount: 6000, stage: 'proposal', status: 'open', expectedCloseAt: '2026-03-31', rep: 'Ben' },
  { id: 'd', amount: 8000, stage: 'proposal', status: 'open', expectedCloseAt: '2026-03-25', rep: 'Ben' },
  { id: 'g', amount: 4000, stage: 'lost', status: 'lost', expectedCloseAt: '2026-03-02', rep: 'Ben' },
  { id: 'e', amount: 3000, stage: 'demo', status: 'open', expectedCloseAt: '2026-03-30', rep: 'Cy' },
];

describe('pipelineMovement', () => {
  it('the waterfall from the opening to the closing Q1 pipeline adds up exactly', () => {
    const m = pipelineMovement(opening, closing, { period: q1, missing: 'error' });
    expect(m.kind).toBe('pipeline-movement');
    expect([m.period, m.missing]).toEqual([q1, 'error']);
    expect(plain(m.opening)).toEqual({ amount: '39000', deals: 4 });
    expect(plain(m.steps)).toEqual([
      { step: 'new', change: '3000', deals: 1 },
      { step: 'pulled-in', change: '8000', deals: 1 },
      { step: 'reopened', change: '0', deals: 0 },
      { step: 'expanded', change: '1000', deals: 1 },
      { step: 'contracted', change: '0', deals: 0 },
      { step: 'won', change: '-10000', deals: 1 },
      { step: 'lost', change: '-4000', deals: 1 },
      { step: 'pushed-out', change: '-20000', deals: 1 },
      { step: 'moved-earlier', change: '0', deals: 0 },
    ]);
    expect(plain(m.closing)).toEqual({ amount: '17000', deals: 3 });
    expect(plain(m.deals.map((d) => [d.id, d.movement, d.opening, d.closing, d.pushes]))).toEqual([
      ['a', 'won', '10000', null, 0],
      ['b', 'pushed-out', '20000', null, 1],
      ['c', 'stayed', '5000', '6000', 0],
      ['g', 'lost', '4000', null, 0],
      ['d', 'pulled-in', null, '8000', 0],
      ['e', 'new', null, '3000', 0],
    ]);
  });

  it('slip rate: expected deals still open at the close, over the deals expected', () => {
    const m = pipelineMovement(opening, closing, { period: q1, missing: 'error' });
    expect(plain(m.slippage)).toEqual({
      expected: 4,
      slipped: 2,
      slipRate: '1/2',
      reason: null,
      denominator: 'deals expected to close in the period at the opening snapshot',
      slippedAmount: '25000',
      pushes: 1,
    });
    expect(plain(m.slippageByRep.map((r) => [r.rep, r.expected, r.slipped, r.slipRate, r.reason, r.pushes]))).toEqual([
      ['Ana', 2, 1, '1/2', null, 1],
      ['Ben', 2, 1, '1/2', null, 0],
      ['Cy', 0, 0, null, 'no-deals-expected', 0],
    ]);
  });

  it('a deal missing from the closing snapshot is lost or refused, as chosen', () => {
    const without = closing.filter((d) => d.id !== 'b');
    const lost = pipelineMovement(opening, without, { period: q1, missing: 'lost' });
    expect(lost.missing).toBe('lost');
    expect(plain(lost.steps.find((s) => s.step === 'lost'))).toEqual({ step: 'lost', change: '-24000', deals: 2 });
    expect(lost.deals.find((d) => d.id === 'b')!.movement).toBe('missing');
    expect(lost.closing.amount.toString()).toBe('17000');
    const refused = errorOf(() => pipelineMovement(opening, without, { period: q1, missing: 'error' }));
    expect([refused.code, refused.path]).toEqual(['MISSING_VALUE', ['closing']]);
    expect(refused.message).toContain('deal "b"');
  });

  it('contraction, a reopened deal and a close date moved before the period', () => {
    const m = pipelineMovement(
      [
        { id: 'x', amount: '1000.50', stage: 's', status: 'open', expectedCloseAt: '2026-02-01' },
        { id: 'y', amount: 700, stage: 's', status: 'lost', expectedCloseAt: '2025-12-01' },
        { id: 'z', amount: 300, stage: 's', status: 'open', expectedCloseAt: '2026-01-15' },
      ],
      [
        { id: 'x', amount: '900.25', stage: 's', status: 'open', expectedCloseAt: '2026-02-01' },
        { id: 'y', amount: 700, stage: 's', status: 'open', expectedCloseAt: '2026-03-01' },
        { id: 'z', amount: 300, stage: 's', status: 'open', expectedCloseAt: '2025-12-20' },
      ],
      { period: q1, missing: 'error' },
    );
    expect(plain(m.steps.filter((s) => s.deals > 0))).toEqual([
      { step: 'reopened', change: '700', deals: 1 },
      { step: 'contracted', change: '-100.25', deals: 1 },
      { step: 'moved-earlier', change: '-300', deals: 1 },
    ]);
    expect([m.opening.amount.toString(), m.closing.amount.toString()]).toEqual(['1300.5', '1600.25']);
  });

  it('refuses bad input', () => {
    const twice = errorOf(() => pipelineMovement(opening, [...closing, closing[0]!], { period: q1, missing: 'lost' }));
    expect([twice.code, twice.path, twice.message]).toEqual(['DUPLICATE_ID', ['closing', 6, 'id'], 'The deals of the closing snapshot have the id "a" twice (at 1 and 7); give each its own id.']);
    expect(errorOf(() => pipelineMovement(opening, closing, { period: q1 } as never)).code).toBe('MISSING_VALUE');
    expect(errorOf(() => pipelineMovement(opening, closing, { period: q1, missing: 'ignore' as 'lost' })).code).toBe('INVALID_CHOICE');
    const status = errorOf(() => pipelineMovement([{ ...opening[0]!, status: 'closed' as 'won' }], closing, { period: q1, missing: 'lost' }));
    expect([status.code, status.path]).toEqual(['INVALID_CHOICE', ['opening', 0, 'status']]);
    const date = errorOf(() => pipelineMovement(opening, [{ ...closing[0]!, expectedCloseAt: '2026-02-30' }], { period: q1, missing: 'lost' }));
    expect([date.code, date.path]).toEqual(['INVALID_DATE', ['closing', 0, 'expectedCloseAt']]);
  });

  it('is recognised by its guard', () => {
    expect(isPipelineMovement(plain(pipelineMovement(opening, closing, { period: q1, missing: 'lost' })))).toBe(true);
  });
});
