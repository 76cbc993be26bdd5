/**
 * The open pipeline as the forecast reads it: each deal's amount exact, its dates as day numbers,
 * its own probability (when given) exact. Every value is read by the shared readers of `input/`
 * and `calendar/`, so the same bad value gets the same code here as everywhere else; values inside
 * the list name their row, counted from 1 ("The amount of deal 3 cannot be negative").
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { dayPiece } from '../calendar/dayPiece.js';
import type { DateInput } from '../calendar/dates.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import type { Piece } from '../input/piece.js';
import { readShare } from '../input/rate.js';
import { choicePiece } from '../input/choice.js';
import { enForecast } from '../messages/enForecast.js';
import { rowPiece, textOf } from './dealList.js';
import type { ErrorSubject } from '../messages/types.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';

/** Largest number of deals one forecast reads (the count recurrence is quadratic: 10,000 deals take about half a second). */
const MAX_DEALS = 100_000;

function datePiece(subject: ErrorSubject): Piece<number> {
  return dayPiece(subject, enForecast);
}

/** Where a deal stands: still open, or closed won or lost. */
export type ForecastDealStatus = 'open' | 'won' | 'lost';

/**
 * A deal of the pipeline. `amount` is money (a number, a decimal string such as `'1200.50'`, or a
 * Decimal); dates are ISO `YYYY-MM-DD` (or a Date, read as its UTC date). `probability` is this
 * deal's own chance of being won in the period (a share from 0 to 1, `'40%'`); it overrides its
 * stage's. `status` defaults to `'open'`.
 */
export interface ForecastDeal {
  readonly id: string;
  readonly amount: NumberInput;
  readonly stage: string;
  readonly rep?: string;
  readonly category?: string;
  readonly createdAt?: DateInput;
  readonly stageEnteredAt?: DateInput;
  readonly expectedCloseAt?: DateInput;
  readonly probability?: NumberInput;
  readonly status?: ForecastDealStatus;
  readonly closedAt?: DateInput;
}

const statusPiece: Piece<ForecastDealStatus> = /* @__PURE__ */ choicePiece(/* @__PURE__ */ z.enum(['open', 'won', 'lost']), 'dealStatus', 'dealStatus', { phrases: enForecast });

const dealInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    id: /* @__PURE__ */ textOf('dealId'),
    amount: /* @__PURE__ */ rowPiece('dealAmount', 'amount', readAmount),
    stage: /* @__PURE__ */ textOf('dealStage'),
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ textOf('dealRep')),
    category: /* @__PURE__ */ z.optional(/* @__PURE__ */ textOf('dealCategory')),
    createdAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ datePiece('dealCreatedAt')),
    stageEnteredAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ datePiece('dealStageEnteredAt')),
    expectedCloseAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ datePiece('dealExpectedCloseAt')),
    probability: /* @__PURE__ */ z.optional(/* @__PURE__ */ rowPiece('dealProbability', 'share', readShare)),
    status: /* @__PURE__ */ z.optional(statusPiece),
    closedAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ datePiece('dealClosedAt')),
  }),
  { phrases: enForecast, subject: 'deal', expected: 'object' },
);

/** A deal after reading: money and probability exact, dates as day numbers. @internal */
export interface ReadForecastDeal {
  readonly id: string;
  readonly amount: Ratio;
  readonly stage: string;
  readonly rep?: string | undefined;
  readonly category?: string | undefined;
  readonly probability?: Ratio | undefined;
  readonly status?: ForecastDealStatus | undefined;
  readonly closedAt?: number | undefined;
  readonly createdAt?: number | undefined;
  readonly stageEnteredAt?: number | undefined;
}

/** Reads the deals: a list, each deal by the schema, and no id twice (`DUPLICATE_ID`). @internal */
export function readForecastDeals(input: unknown, path: ErrorPath): ReadForecastDeal[] {
  const about: FailParams = { phrases: enForecast, subject: 'deals', expected: 'deals' };
  if (!Array.isArray(input)) fail('INVALID_INPUT', { ...about, received: input }, path);
  if (input.length > MAX_DEALS) fail('TOO_LONG', { ...about, length: input.length, max: MAX_DEALS }, path);
  const list = Array.from(input as unknown[]);
  const out: ReadForecastDeal[] = new Array(list.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const deal = dealInput.read(list[i], [...path, i]);
    const first = seen.get(deal.id);
    if (first !== undefined) fail('DUPLICATE_ID', { phrases: enForecast, subject: 'deals', id: deal.id, first: first + 1, second: i + 1 }, [...path, i, 'id']);
    seen.set(deal.id, i);
    out[i] = deal;
  }
  return out;
}
