import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { countOf, readList } from './read.js';
import { hasKind } from '../kind.js';

/** Reactions to one post, or totals over many (`posts` then says how many). */
export interface PostCounts {
  readonly shares?: NumberInput;
  readonly comments?: NumberInput;
  readonly likes?: NumberInput;
}

/** One reaction kind of {@link engagementPerPost}. */
export interface PerPost {
  readonly total: number;
  /** total / posts, exact (a mean, so it can exceed 1); `null` for no posts. */
  readonly perPost: Ratio | null;
}

/** What {@link engagementPerPost} returns. JSON-serialisable. */
export interface EngagementPerPost {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'engagement-per-post';
  readonly posts: number;
  readonly shares: PerPost;
  readonly comments: PerPost;
  readonly likes: PerPost;
  /** Shares + comments + likes. */
  readonly engagements: PerPost;
  readonly reason: 'no-posts' | null;
}

const TOTAL = { shares: 'totalShares', comments: 'totalComments', likes: 'totalLikes' } as const;
const INPUT = { phrases: enKpi, subject: 'input', expected: 'postsOrTotals' } as const;

const totalsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    posts: /* @__PURE__ */ countOf('postCount'),
    shares: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('shares')),
    comments: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('comments')),
    likes: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('likes')),
  }),
  INPUT,
);
const postInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    shares: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('shares')),
    comments: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('comments')),
    likes: /* @__PURE__ */ z.optional(/* @__PURE__ */ countOf('likes')),
  }),
  { phrases: enKpi, subject: 'post', expected: 'object' },
);

/**
 * Social engagement per post (DOMAIN.md §2.6): shares, comments and likes per post.
 *
 * Formula: per reaction kind, total / posts, exact. These are means, not rates: 3 comments per
 * post is 3, not a share. A missing count is 0 (a post nobody liked has 0 likes).
 *
 * Edge cases: no posts gives `perPost: null` everywhere with `reason: 'no-posts'`.
 *
 * @param input - one object per post `[{ shares?, comments?, likes? }]`, or totals
 *   `{ posts, shares?, comments?, likes? }`; all whole numbers.
 * @returns totals and exact per-post means.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `TOO_LONG`, `NEGATIVE`,
 *   `NOT_INTEGER`, `INVALID_NUMBER`, `RESULT_TOO_LARGE` (totals beyond 2^53 − 1).
 * @example
 * import { engagementPerPost } from 'funnel-math';
 * const e = engagementPerPost({ posts: 8, shares: 12, comments: 30, likes: 200 });
 * [e.shares.perPost, e.comments.perPost, e.likes.perPost]; // => ['3/2', '15/4', '25']
 * engagementPerPost([{ likes: 10, comments: 1 }, { likes: 5 }]).engagements; // => { total: 16, perPost: '8' }
 * engagementPerPost([]).reason; // => 'no-posts'
 * @category KPIs
 */
export function engagementPerPost(input: readonly PostCounts[] | (PostCounts & { readonly posts: NumberInput })): EngagementPerPost {
  const totals = { shares: 0, comments: 0, likes: 0 };
  let posts: number;
  const add = (key: keyof typeof totals, v: number | undefined, path: (string | number)[]) => {
    if (v === undefined) return;
    totals[key] += v;
    if (!Number.isSafeInteger(totals[key])) fail('RESULT_TOO_LARGE', { phrases: enKpi, subject: TOTAL[key] }, path);
  };
  if (Array.isArray(input)) {
    const list = readList(input, ['posts'], { phrases: enKpi, subject: 'posts', expected: 'postsOrTotals' });
    posts = list.length;
    list.forEach((raw, i) => {
      const p = postInput.read(raw, ['posts', i]);
      for (const key of ['shares', 'comments', 'likes'] as const) add(key, p[key], ['posts', i, key]);
    });
  } else {
    if (!isPlainObject(input)) fail('INVALID_INPUT', { ...INPUT, received: input }, ['input']);
    const t = totalsInput.read(input, ['input']);
    posts = t.posts;
    for (const key of ['shares', 'comments', 'likes'] as const) add(key, t[key], ['input', key]);
  }
  const per = (total: number): PerPost => ({ total, perPost: posts === 0 ? null : Ratio.of(total, posts) });
  const engagements = totals.shares + totals.comments + totals.likes;
  if (!Number.isSafeInteger(engagements)) fail('RESULT_TOO_LARGE', { phrases: enKpi, subject: 'totalEngagement' }, ['input']);
  return {
    kind: 'engagement-per-post',
    posts,
    shares: per(totals.shares),
    comments: per(totals.comments),
    likes: per(totals.likes),
    engagements: per(engagements),
    reason: posts === 0 ? 'no-posts' : null,
  };
}

/**
 * True when `value` is an {@link engagementPerPost} result: a plain object whose `kind` is `'engagement-per-post'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link EngagementPerPost}).
 * @example
 * import { engagementPerPost, isEngagementPerPost } from 'funnel-math';
 * const result = engagementPerPost({ posts: 8, shares: 12, comments: 30, likes: 200 });
 * isEngagementPerPost(result); // => true
 * isEngagementPerPost(JSON.parse(JSON.stringify(result))); // => true
 * isEngagementPerPost({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isEngagementPerPost(value: unknown): value is EngagementPerPost {
  return hasKind(value, 'engagement-per-post');
}
