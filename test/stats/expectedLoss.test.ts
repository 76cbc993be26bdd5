import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRates, expectedLoss, isExpectedLoss } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';
import { close } from '../helpers/close.js';

/** Reference values: test/fixtures/expected_loss_reference.py (exact finite sums and mpmath quadrature). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'expected_loss_reference.json'), 'utf8'));


describe('expectedLoss matches the high-precision reference (1e-9 relative)', () => {
  type Row = { a: [number, number]; b: [number, number]; lossChoosingB: number; lossChoosingA: number; quad?: [number, number] };
  const rows = ref.losses as Row[];
  it(`covers ${rows.length} cases from 0 trials to 10^6, rates 0 to 1, losses down to 1e-13`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.some((r) => r.a[1] === 1_000_000 && r.a[0] === 500_000)).toBe(true);
    expect(rows.some((r) => r.lossChoosingB > 0 && r.lossChoosingB < 1e-12)).toBe(true);
  });
  it('both losses, every case', () => {
    for (const r of rows) {
      const got = expectedLoss({ successes: r.a[0], trials: r.a[1] }, { successes: r.b[0], trials: r.b[1] });
      const where = `${r.a} vs ${r.b}`;
      close(got.lossChoosingB, r.lossChoosingB, `${where} loss of b`);
      close(got.lossChoosingA, r.lossChoosingA, `${where} loss of a`);
    }
  });
  it('the two reference evaluations agree where both were computed (the script asserts 1e-14)', () => {
    for (const r of rows.filter((x) => x.quad !== undefined)) {
      close(r.quad![0], r.lossChoosingB, `${r.a} vs ${r.b}`, 1e-14);
      close(r.quad![1], r.lossChoosingA, `${r.a} vs ${r.b}`, 1e-14);
    }
  });
});

describe('expectedLoss', () => {
  it('two rates with no data keep their uniform priors: E[max(U₁ − U₂, 0)] = 1/6', () => {
    const l = expectedLoss({ successes: 0, trials: 0 }, { successes: 0, trials: 0 });
    close(l.lossChoosingB, 1 / 6, 'b', 1e-13);
    close(l.lossChoosingA, 1 / 6, 'a', 1e-13);
    expect(l.a.rate).toBeNull();
    expect(l.prior).toBe('uniform');
    expect(l.method).toBe('gauss-legendre');
  });
  it('lossChoosingA − lossChoosingB = E[p_b] − E[p_a]', () => {
    const l = expectedLoss({ successes: 10, trials: 15 }, { successes: 30, trials: 200 });
    close(l.lossChoosingA - l.lossChoosingB, 31 / 202 - 11 / 17, 'gap', 1e-12);
  });
  it('P(b > a) is compareRates’ own', () => {
    const a = { successes: 10, trials: 100 };
    const b = { successes: 25, trials: 100 };
    expect(expectedLoss(a, b).probabilityBHigher).toBe(compareRates(a, b).probabilityBHigher);
  });
  it('a loss below the smallest double is 0, never NaN', () => {
    const l = expectedLoss({ successes: 0, trials: 1_000_000 }, { successes: 1_000_000, trials: 1_000_000 });
    expect(l.lossChoosingB).toBe(0);
    close(l.lossChoosingA, 1_000_001 / 1_000_002 - 1 / 1_000_002, 'a', 1e-12);
  });
  it('is deterministic and takes milliseconds at 10^6 trials', () => {
    const a = { successes: 500_000, trials: 1_000_000 };
    const b = { successes: 500_100, trials: 1_000_000 };
    const t = performance.now();
    const first = expectedLoss(a, b);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(expectedLoss(a, b)).toEqual(first);
  });
  it('refuses bad counts with the shared codes', () => {
    expect(errorOf(() => expectedLoss({ successes: 5, trials: 3 }, { successes: 1, trials: 2 })).code).toBe('SUCCESSES_ABOVE_TRIALS');
    expect(errorOf(() => expectedLoss({ successes: 1, trials: 2 }, { successes: 1, trails: 2 } as never)).code).toBe('UNKNOWN_OPTION');
    expect(errorOf(() => expectedLoss({ successes: 1, trials: 2e9 }, { successes: 1, trials: 2 })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => expectedLoss(null as never, { successes: 1, trials: 2 })).code).toBe('INVALID_INPUT');
  });
  it('isExpectedLoss', () => {
    expect(isExpectedLoss(expectedLoss({ successes: 1, trials: 2 }, { successes: 1, trials: 3 }))).toBe(true);
    expect(isExpectedLoss({ kind: 'comparison' })).toBe(false);
  });
});
