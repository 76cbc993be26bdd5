/**
 * The `quantile` option of every function that reports a median or percentile: one of the named
 * quantile rules (see numbers/quantile.ts).
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { QUANTILE_RULES, type QuantileRule } from '../numbers/quantile.js';
import { choicePiece } from './choice.js';
import type { Piece } from './piece.js';

/** A quantile rule's name, as a piece. */
export const quantilePiece: Piece<QuantileRule> = /* @__PURE__ */ choicePiece(/* @__PURE__ */ z.enum(QUANTILE_RULES), 'quantile');
