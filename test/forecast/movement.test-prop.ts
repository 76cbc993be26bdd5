import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineMovement, type SnapshotDeal } from '../../src/index.js';
import { Ratio } from '../../src/numbers/ratio.js';

const exact = (d: { toString(): string }) => Ratio.of(BigInt(Math.round(Number(d.toString()) * 100)), 100n);
const days = ['2025-12-20', '2026-01-01', '2026-02-14', '2026-03-31', '2026-04-01', '2026-06-30'];
const state = fc.record({
  cents: fc.integer({ min: 0, max: 10_000_000 }),
  status: fc.constantFrom('open', 'won', 'lost') as fc.Arbitrary<'open' | 'won' | 'lost'>,
  day: fc.constantFrom(...days),
  rep: fc.constantFrom('Ana', 'Ben'),
});
// Each of up to 12 deals is in the opening snapshot, the closing one, or both.
const pair = fc.array(fc.record({ before: fc.option(state, { nil: undefined }), after: fc.option(state, { nil: undefined }) }), { maxLength: 12 });

function snapshot(states: readonly ({ cents: number; status: 'open' | 'won' | 'lost'; day: string; rep: string } | undefined)[]): SnapshotDeal[] {
  const out: SnapshotDeal[] = [];
  states.forEach((s, i) => {
    if (s) out.push({ id: `deal-${i}`, amount: (s.cents / 100).toFixed(2), stage: 's', status: s.status, expectedCloseAt: s.day, rep: s.rep });
  });
  return out;
}

describe('pipelineMovement properties', () => {
  it('the waterfall closes exactly: opening + Σ steps = closing, for any pair of snapshots', () => {
    fc.assert(
      fc.property(pair, (deals) => {
        const m = pipelineMovement(snapshot(deals.map((d) => d.before)), snapshot(deals.map((d) => d.after)), { period: { from: '2026-01-01', to: '2026-03-31' }, missing: 'lost' });
        const sum = m.steps.reduce((acc, s) => acc.add(exact(s.change)), exact(m.opening.amount));
        expect(sum.equals(exact(m.closing.amount))).toBe(true);
        // the closing pipeline measured directly: open deals of the closing snapshot closing in Q1
        const direct = deals.filter((d) => d.after && d.after.status === 'open' && d.after.day >= '2026-01-01' && d.after.day <= '2026-03-31');
        expect(m.closing.deals).toBe(direct.length);
        expect(exact(m.closing.amount).equals(Ratio.of(BigInt(direct.reduce((n, d) => n + d.after!.cents, 0)), 100n))).toBe(true);
        // the deals that leave and come in account for the change in the count
        const inOut = m.steps.filter((s) => s.step !== 'expanded' && s.step !== 'contracted');
        const signed = inOut.reduce((n, s) => n + (['new', 'pulled-in', 'reopened'].includes(s.step) ? s.deals : -s.deals), 0);
        expect(m.opening.deals + signed).toBe(m.closing.deals);
        // a slip rate is a share of the deals expected
        if (m.slippage.slipRate !== null) expect(m.slippage.slipRate.compare(Ratio.of(1))).toBeLessThanOrEqual(0);
        else expect(m.slippage.expected).toBe(0);
      }),
    );
  });
});
