import { expect } from 'vitest';
import { FunnelMathError } from '../../src/index.js';

/** Walks a result (objects, arrays, Maps) and returns the paths of any NaN or ±Infinity. */
export function dishonestNumbers(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (value instanceof Map) {
    for (const [k, v] of value) out.push(...dishonestNumbers(v, `${path}<${String(k)}>`, seen));
    return out;
  }
  for (const key of Object.keys(value)) out.push(...dishonestNumbers((value as Record<string, unknown>)[key], `${path}.${key}`, seen));
  // Ratio and friends: their number view must be finite too
  const toNumber = (value as { toNumber?: unknown }).toNumber;
  if (typeof toNumber === 'function') {
    try {
      const n = (toNumber as () => unknown).call(value);
      if (typeof n === 'number' && !Number.isFinite(n)) out.push(`${path}.toNumber() = ${n}`);
    } catch (error) {
      // refusing to round an exact value beyond ±1.8e308 is honest; any other throw is not
      if (!(error instanceof FunnelMathError && error.code === 'RESULT_TOO_LARGE')) throw error;
    }
  }
  return out;
}

/** Whether a value holds NaN or ±Infinity, as a number or spelt in a string or key, anywhere inside. */
export function mentionsNonFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') return /nan|inf/i.test(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Map) return [...value].some(([k, v]) => mentionsNonFinite(k, seen) || mentionsNonFinite(v, seen));
  if (value instanceof Set) return [...value].some((v) => mentionsNonFinite(v, seen));
  if (ArrayBuffer.isView(value)) return Array.prototype.some.call(value, (v: unknown) => mentionsNonFinite(v, seen));
  return Reflect.ownKeys(value).some((k) => {
    if (typeof k === 'string' && mentionsNonFinite(k, seen)) return true;
    const d = Object.getOwnPropertyDescriptor(value, k);
    return d !== undefined && 'value' in d && mentionsNonFinite(d.value, seen);
  });
}

/**
 * Calls `run`; passes when it returns an honest value (no NaN/Infinity anywhere, JSON-serialisable)
 * or throws a FunnelMathError with a code, a path array and a message. Anything else fails.
 * With `inputs`, what was passed to `run`: the error's message and path may say NaN or Infinity
 * only when the caller wrote one (echoing a value back is honest; computing one is not).
 */
export function expectHonest(run: () => unknown, inputs?: readonly unknown[]): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (!(error instanceof FunnelMathError)) throw error;
    expect(typeof error.code).toBe('string');
    expect(Array.isArray(error.path)).toBe(true);
    expect(error.message.length).toBeGreaterThan(10);
    if (inputs !== undefined && !mentionsNonFinite(inputs)) {
      expect(`${error.message} ${error.path.join(' ')}`, 'a NaN or Infinity the caller never wrote').not.toMatch(/NaN|Infinity/);
    }
    return;
  }
  expect(dishonestNumbers(result)).toEqual([]);
  expect(() => JSON.stringify(result)).not.toThrow();
}

/** Runs `run` and returns the FunnelMathError it throws (fails the test if it does not throw one). */
export function errorOf(run: () => unknown): FunnelMathError {
  try {
    run();
  } catch (error) {
    if (error instanceof FunnelMathError) return error;
    throw error;
  }
  throw new Error('expected a FunnelMathError, but nothing was thrown');
}
