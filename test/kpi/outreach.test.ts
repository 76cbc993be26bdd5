import { describe, expect, it } from 'vitest';
import { acceptanceRate, engagementPerPost, kpi, personalizationShare } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('engagementPerPost (DOMAIN §2.6)', () => {
  it('shares, comments and likes per post, exact means', () => {
    expect(plain(engagementPerPost({ posts: 8, shares: 12, comments: 30, likes: 200 }))).toEqual({
      kind: 'engagement-per-post',
      posts: 8,
      shares: { total: 12, perPost: '3/2' },
      comments: { total: 30, perPost: '15/4' },
      likes: { total: 200, perPost: '25' },
      engagements: { total: 242, perPost: '121/4' },
      reason: null,
    });
    expect(plain(engagementPerPost([{ likes: 10, comments: 1 }, { likes: 5 }, {}]))).toMatchObject({
      posts: 3,
      likes: { total: 15, perPost: '5' },
      shares: { total: 0, perPost: '0' },
      engagements: { total: 16, perPost: '16/3' },
    });
  });

  it('no posts → null with a reason', () => {
    expect(plain(engagementPerPost({ posts: 0, likes: 3 }))).toMatchObject({ posts: 0, likes: { total: 3, perPost: null }, reason: 'no-posts' });
  });

  it('bad input', () => {
    expect(errorOf(() => engagementPerPost({ posts: 2, likez: 3 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'likez'] });
    expect(errorOf(() => engagementPerPost([{ likes: -1 }]))).toMatchObject({ code: 'NEGATIVE', path: ['posts', 0, 'likes'] });
    expect(errorOf(() => engagementPerPost([{ likes: 1.5 }]))).toMatchObject({ code: 'NOT_INTEGER', path: ['posts', 0, 'likes'] });
    expect(errorOf(() => engagementPerPost([{ likes: 1 }, { shares: 2 }, { comments: -3 }]))).toMatchObject({
      code: 'NEGATIVE',
      path: ['posts', 2, 'comments'],
      message: 'The comments of post 3 cannot be negative; got -3.',
    });
    expect(errorOf(() => engagementPerPost(7 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['input'] });
    expect(errorOf(() => engagementPerPost([{ likes: Number.MAX_SAFE_INTEGER }, { likes: 2 }]))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['posts', 1, 'likes'] });
  });
});

describe('acceptanceRate (DOMAIN §2.5)', () => {
  it('accepted / sent, with the denominator named', () => {
    expect(plain(acceptanceRate({ sent: 200, accepted: 70 }))).toEqual({
      kind: 'acceptance-rate',
      value: '7/20',
      reason: null,
      accepted: 70,
      sent: 200,
      denominator: 'sent',
      label: '35.0% of requests sent (70 of 200)',
    });
    expect(acceptanceRate({ sent: 0, accepted: 0 }).reason).toBe('none-sent');
    expect(plain(acceptanceRate({ sent: 5, accepted: 6 }))).toMatchObject({ value: null, reason: 'exceeds-sent' });
  });

  it('bad input', () => {
    expect(errorOf(() => acceptanceRate({ sent: 5, accepted: -1 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'accepted'] });
    expect(errorOf(() => acceptanceRate({ sent: '5%', accepted: 1 }))).toMatchObject({ code: 'NOT_INTEGER', path: ['input', 'sent'] });
    expect(errorOf(() => acceptanceRate({ send: 5, accepted: 1 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'send'], params: { suggestion: 'sent' } });
    expect(errorOf(() => acceptanceRate({ accepted: 1 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'sent'] });
  });
});

describe('personalizationShare (DOMAIN §2.9)', () => {
  it('share of personalised touches and attainment against 50 per rep per month', () => {
    const r = personalizationShare([
      { rep: 'Ana', personalized: 60, generic: 140 },
      { rep: 'Bo', personalized: 30, generic: 20 },
      { personalized: 0, generic: 0 },
    ]);
    expect(plain(r)).toEqual({
      kind: 'personalization-share',
      benchmark: 50,
      denominator: 'all-touches',
      byRep: [
        { rep: 'Ana', personalized: 60, generic: 140, share: '3/10', reason: null, attainment: '6/5', meetsBenchmark: true },
        { rep: 'Bo', personalized: 30, generic: 20, share: '3/5', reason: null, attainment: '3/5', meetsBenchmark: false },
        { rep: null, personalized: 0, generic: 0, share: null, reason: 'no-touches', attainment: '0', meetsBenchmark: false },
      ],
      overall: { personalized: 90, generic: 160, share: '9/25', reason: null, attainment: '3/5', meetsBenchmark: false },
    });
    expect(personalizationShare([{ personalized: 40, generic: 0 }], { benchmark: 40 }).byRep[0]!.meetsBenchmark).toBe(true);
    expect(kpi.personalizationShare).toBe(personalizationShare);
  });

  it('bad input', () => {
    expect(errorOf(() => personalizationShare([], { benchmark: 0 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['options', 'benchmark'] });
    expect(errorOf(() => personalizationShare([{ personalised: 1, generic: 2 } as never]))).toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: ['rows', 0, 'personalised'],
      params: { suggestion: 'personalized' },
    });
    expect(errorOf(() => personalizationShare([{ generic: 2 } as never]))).toMatchObject({ code: 'MISSING_VALUE', path: ['rows', 0, 'personalized'] });
    expect(errorOf(() => personalizationShare([{ personalized: -1, generic: 2 }]))).toMatchObject({ code: 'NEGATIVE', path: ['rows', 0, 'personalized'] });
    expect(errorOf(() => personalizationShare([{ personalized: 1, generic: 2 }, { personalized: 1, generic: 2.5 }]))).toMatchObject({
      code: 'NOT_INTEGER',
      path: ['rows', 1, 'generic'],
      message: 'The number of generic touches in row 2 should be a whole number; got 2.5.',
    });
    expect(errorOf(() => personalizationShare({} as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['rows'] });
  });
});
