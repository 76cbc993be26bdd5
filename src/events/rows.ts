import { MAX_MS, MIN_MS } from './time.js';

/**
 * The rules of a row of activity-log columns, one per column, written once: the columns reader
 * (analyzeColumns) applies them a column at a time on its fast path and a row at a time when a row
 * breaks one (to say which and why).
 * @internal
 * @module
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A prospect is a safe whole number. */
export function prospectOk(p: number): boolean {
  return p === Math.floor(p) && p <= MAX_SAFE && p >= -MAX_SAFE;
}
/** A stage is a position 0 … k − 1 (whole). */
export function stageOk(s: number, k: number): boolean {
  return stageInRange(s, k) && s === Math.floor(s);
}
/** The part of {@link stageOk} an integer typed array can break: the range. */
export function stageInRange(s: number, k: number): boolean {
  return s >= 0 && s < k;
}
/** A time is whole epoch milliseconds in the years 1000 to 9999. */
export function atOk(t: number): boolean {
  return t === Math.floor(t) && t >= MIN_MS && t <= MAX_MS;
}
/** A text code is −1 (no value) or an index into the names. */
export function codeOk(c: number, size: number): boolean {
  return c === Math.floor(c) && c >= -1 && c < size;
}
/** isNew is 1, 0 or −1. */
export function newOk(x: number): boolean {
  return x === 1 || x === 0 || x === -1;
}
/** A value is a finite number of 0 or more. */
export function valueOk(v: number): boolean {
  return typeof v === 'number' && v >= 0 && v < Number.POSITIVE_INFINITY;
}

