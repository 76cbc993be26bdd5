import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeIncidence, kaplanMeier, learnFromHistory, Ratio, winWithin } from '../../src/index.js';

const ONE = Ratio.of(1);
const ZERO = Ratio.of(0);
const observations = fc.array(fc.record({ time: fc.nat({ max: 30 }), event: fc.boolean() }), { maxLength: 40 });
const outcomes = fc.array(fc.record({ time: fc.nat({ max: 30 }), outcome: fc.constantFrom('won' as const, 'lost' as const, null) }), { maxLength: 40 });
const scale = fc.constantFrom('log' as const, 'log-log' as const, 'plain' as const);

describe('Kaplan–Meier properties', () => {
  it('survival is in [0, 1] and never increases: 0 ≤ S(t₂) ≤ S(t₁) ≤ 1 for t₁ < t₂', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        let previous = ONE;
        for (const s of kaplanMeier(obs).steps) {
          expect(s.survival.compare(previous)).toBeLessThanOrEqual(0);
          expect(s.survival.compare(ZERO)).toBeGreaterThanOrEqual(0);
          previous = s.survival;
        }
      }),
    );
  });

  it('without censoring it is the empirical survival exactly: S(t) = #{time > t} / n', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 40 }), (times) => {
        for (const s of kaplanMeier(times.map((time) => ({ time, event: true }))).steps) {
          expect(s.survival.toString()).toBe(Ratio.of(times.filter((t) => t > s.time).length, times.length).toString());
        }
      }),
    );
  });

  it('censored observations are never counted as events: Σ events = #event, Σ censored = #censored, and S = 1 before the first event', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const curve = kaplanMeier(obs);
        expect(curve.steps.reduce((a, s) => a + s.events, 0)).toBe(obs.filter((o) => o.event).length);
        expect(curve.steps.reduce((a, s) => a + s.censored, 0)).toBe(obs.filter((o) => !o.event).length);
        const first = Math.min(...obs.filter((o) => o.event).map((o) => o.time));
        for (const s of curve.steps) if (s.time < first) expect(s.survival.toString()).toBe('1');
      }),
    );
  });

  it('the interval holds the estimate on every scale: lower ≤ S ≤ upper, within [0, 1]; the variance is ≥ 0', () => {
    fc.assert(
      fc.property(observations, scale, fc.constantFrom(0.8, 0.9, 0.95, 0.99), (obs, interval, confidence) => {
        for (const s of kaplanMeier(obs, { interval, confidence }).steps) {
          if (s.variance !== null) expect(s.variance.sign()).toBeGreaterThanOrEqual(0);
          if (s.interval === null) continue;
          const v = s.survival.toNumber();
          expect(s.interval.lower).toBeGreaterThanOrEqual(0);
          expect(s.interval.lower).toBeLessThanOrEqual(v * (1 + 1e-12));
          expect(s.interval.upper).toBeGreaterThanOrEqual(v * (1 - 1e-12));
          expect(s.interval.upper).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('Aalen–Johansen properties', () => {
  it('the outcomes and survival sum to exactly 1 at every time: F_won(t) + F_lost(t) + S(t) = 1', () => {
    fc.assert(
      fc.property(outcomes, (obs) => {
        for (const s of cumulativeIncidence(obs, { outcomes: ['won', 'lost'] }).steps) {
          expect(s.incidence['won']!.add(s.incidence['lost']!).add(s.survival).toString()).toBe('1');
        }
      }),
    );
  });

  it('its survival is the Kaplan–Meier curve of the time to any outcome', () => {
    fc.assert(
      fc.property(outcomes, (obs) => {
        const a = cumulativeIncidence(obs).steps.map((s) => s.survival.toString());
        const b = kaplanMeier(obs.map((o) => ({ time: o.time, event: o.outcome !== null }))).steps.map((s) => s.survival.toString());
        expect(a).toEqual(b);
      }),
    );
  });

  it('counting an open (censored) deal as lost never raises the win probability: F_won(censored) ≥ F_won(as lost)', () => {
    fc.assert(
      fc.property(outcomes, fc.nat({ max: 30 }), (obs, time) => {
        const censored = cumulativeIncidence([...obs, { time, outcome: null }], { outcomes: ['won', 'lost'] }).eventual['won']!;
        const lost = cumulativeIncidence([...obs, { time, outcome: 'lost' }], { outcomes: ['won', 'lost'] }).eventual['won']!;
        expect(censored.compare(lost)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('so the eventual win probability is at least the naive won / reached (which counts every open deal as not won)', () => {
    fc.assert(
      fc.property(outcomes, (obs) => {
        fc.pre(obs.length > 0);
        const eventual = cumulativeIncidence(obs, { outcomes: ['won', 'lost'] }).eventual['won']!;
        expect(eventual.compare(Ratio.of(obs.filter((o) => o.outcome === 'won').length, obs.length))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('without open deals the eventual win probability is exactly won / reached', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ time: fc.nat({ max: 30 }), outcome: fc.constantFrom('won' as const, 'lost' as const) }), { minLength: 1, maxLength: 40 }), (obs) => {
        const eventual = cumulativeIncidence(obs, { outcomes: ['won', 'lost'] }).eventual['won']!;
        expect(eventual.toString()).toBe(Ratio.of(obs.filter((o) => o.outcome === 'won').length, obs.length).toString());
      }),
    );
  });
});

describe('winWithin properties', () => {
  const deals = fc.array(
    fc.record({ days: fc.nat({ max: 60 }), status: fc.constantFrom('won' as const, 'lost' as const, 'open' as const) }),
    { minLength: 1, maxLength: 30 },
  );
  it('is a probability, and never falls as the horizon grows: 0 ≤ P(h₁) ≤ P(h₂) ≤ 1 for h₁ ≤ h₂', () => {
    fc.assert(
      fc.property(deals, fc.nat({ max: 70 }), fc.nat({ max: 40 }), fc.nat({ max: 40 }), (list, age, h1, extra) => {
        const asOf = Date.UTC(2026, 5, 30);
        const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
        const history = learnFromHistory(
          list.map((d, i) => {
            // each deal entered `days` before asOf: closed deals closed on asOf's eve or earlier
            const entered = asOf - (d.days + 1) * 86_400_000;
            return d.status === 'open'
              ? { id: `d${i}`, stage: 's', status: 'open' as const, createdAt: iso(entered) }
              : { id: `d${i}`, stage: 's', status: d.status, createdAt: iso(entered), closedAt: iso(entered + d.days * 86_400_000) };
          }),
          { asOf: iso(asOf), stages: ['s'] },
        );
        const a = winWithin(history, 's', age, h1);
        const b = winWithin(history, 's', age, h1 + extra);
        if (a.probability === null) {
          expect(b.probability).toBeNull();
        } else {
          expect(a.probability.sign()).toBeGreaterThanOrEqual(0);
          expect(a.probability.compare(b.probability!)).toBeLessThanOrEqual(0);
          expect(b.probability!.compare(ONE)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
