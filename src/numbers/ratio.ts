import { describe, fail } from '../errors.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(MAX_SAFE);

function gcdNumber(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** Arithmetic takes Ratios only: a number here would silently mean a float, so say what to do. */
function checkRatio(other: unknown): void {
  if (!(other instanceof Ratio)) {
    fail('INVALID_NUMBER', `Ratio arithmetic needs another Ratio; got ${describe(other)}. Convert it first with parseRatio(value) or Ratio.of(num, den).`);
  }
}

/**
 * An exact rational number `num / den` in lowest terms with `den > 0`. Immutable.
 *
 * Rates are Ratios so that 5 of 15 is exactly 1/3 and a plan built on it never over-rounds; use
 * `toNumber()` only for display or charts, never to compute a count.
 *
 * @example
 * import { Ratio } from 'funnel-math';
 * Ratio.of(5, 15).toString(); // => '1/3'
 * Ratio.of(1, 3).mul(Ratio.of(3, 20)).toString(); // => '1/20'
 * Ratio.of(2, 3).toPercent(1); // => '66.7%'
 * JSON.stringify({ rate: Ratio.of(15, 100) }); // => '{"rate":"3/20"}'
 * @category Numbers
 */
export class Ratio {
  /** @internal numerator as a number when both parts are safe integers (`d !== 0`). */
  readonly n: number;
  /** @internal denominator as a number when both parts are safe integers, else 0 (then use `num`/`den`). */
  readonly d: number;
  private bigNum: bigint | undefined;
  private bigDen: bigint | undefined;

  private constructor(n: number, d: number, bigNum: bigint | undefined, bigDen: bigint | undefined) {
    this.n = n;
    this.d = d;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
  }

  /** Numerator, in lowest terms; carries the sign. */
  get num(): bigint {
    return (this.bigNum ??= BigInt(this.n));
  }

  /** Denominator, in lowest terms; always positive. */
  get den(): bigint {
    return (this.bigDen ??= BigInt(this.d));
  }

  /** @internal From already-normalised safe integers (no gcd, no checks). */
  static fromSafe(n: number, d: number): Ratio {
    return new Ratio(n, d, undefined, undefined);
  }

  /**
   * The ratio `num / den` in lowest terms. Integers only (numbers must be safe integers).
   * @throws FunnelMathError `INVALID_NUMBER` when `den` is 0 or a part is not an integer.
   */
  static of(num: bigint | number, den: bigint | number = 1): Ratio {
    if (typeof num === 'number' && typeof den === 'number' && Number.isSafeInteger(num) && Number.isSafeInteger(den) && den !== 0) {
      const g = gcdNumber(Math.abs(num), Math.abs(den)) || 1;
      return den < 0 ? new Ratio(-num / g || 0, -den / g, undefined, undefined) : new Ratio(num / g || 0, den / g, undefined, undefined);
    }
    for (const part of [num, den]) {
      if (typeof part !== 'bigint' && !(typeof part === 'number' && Number.isSafeInteger(part))) {
        fail('INVALID_NUMBER', `Ratio.of needs whole numbers (safe integers or bigints); got ${describe(part)}. Use parseRatio for '15%' or 0.15.`);
      }
    }
    let bn = BigInt(num);
    let bd = BigInt(den);
    if (bd === 0n) fail('INVALID_NUMBER', 'A fraction cannot have a denominator of 0.');
    if (bd < 0n) {
      bn = -bn;
      bd = -bd;
    }
    const g = gcdBig(bn, bd);
    if (g > 1n) {
      bn /= g;
      bd /= g;
    }
    return Ratio.fromBig(bn, bd);
  }

  /** @internal From a normalised bigint pair. */
  static fromBig(num: bigint, den: bigint): Ratio {
    const safe = num <= MAX_SAFE_BIG && num >= -MAX_SAFE_BIG && den <= MAX_SAFE_BIG;
    return safe ? new Ratio(Number(num), Number(den), num, den) : new Ratio(0, 0, num, den);
  }

  /** True when the value is exactly 0. */
  isZero(): boolean {
    return this.d !== 0 ? this.n === 0 : this.num === 0n;
  }

  /** -1, 0 or 1: the sign of the value. */
  sign(): -1 | 0 | 1 {
    if (this.d !== 0) return this.n > 0 ? 1 : this.n < 0 ? -1 : 0;
    return this.num > 0n ? 1 : this.num < 0n ? -1 : 0;
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Ratio): -1 | 0 | 1 {
    checkRatio(other);
    if (this.d !== 0 && other.d !== 0) {
      const a = this.n * other.d;
      const b = other.n * this.d;
      if (Math.abs(a) <= MAX_SAFE && Math.abs(b) <= MAX_SAFE) return a < b ? -1 : a > b ? 1 : 0;
    }
    const l = this.num * other.den;
    const r = other.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** True when both are the same rational number. */
  equals(other: Ratio): boolean {
    checkRatio(other);
    if (this.d !== 0 && other.d !== 0) return this.n === other.n && this.d === other.d;
    return this.num === other.num && this.den === other.den;
  }

  /** Exact sum. */
  add(other: Ratio): Ratio {
    checkRatio(other);
    return Ratio.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  /** Exact difference. */
  sub(other: Ratio): Ratio {
    checkRatio(other);
    return Ratio.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  /** Exact product. */
  mul(other: Ratio): Ratio {
    checkRatio(other);
    if (this.d !== 0 && other.d !== 0) {
      const n = this.n * other.n;
      const d = this.d * other.d;
      if (Math.abs(n) <= MAX_SAFE && d <= MAX_SAFE) return Ratio.of(n, d);
    }
    return Ratio.of(this.num * other.num, this.den * other.den);
  }

  /**
   * Exact quotient.
   * @throws FunnelMathError `INVALID_NUMBER` when `other` is 0.
   */
  div(other: Ratio): Ratio {
    checkRatio(other);
    if (other.num === 0n) fail('INVALID_NUMBER', 'Cannot divide by 0.');
    return Ratio.of(this.num * other.den, this.den * other.num);
  }

  /** The smallest integer not below this value. */
  ceil(): bigint {
    const q = this.num / this.den; // truncates toward 0
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** The largest integer not above this value. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /**
   * The nearest double, for display and charts. Exact when both parts are safe integers and the
   * quotient is representable; otherwise correctly scaled.
   * @throws FunnelMathError `RESULT_TOO_LARGE` when the value is beyond ±1.8e308, rather than Infinity.
   */
  toNumber(): number {
    if (this.d !== 0) return this.n / this.d;
    // Scale so the integer quotient keeps ~64 significant bits, then undo the scale.
    const shift = bitLength(this.den) - bitLength(this.num < 0n ? -this.num : this.num) + 64;
    const q = shift >= 0 ? (this.num << BigInt(shift)) / this.den : this.num / (this.den << BigInt(-shift));
    // two half-steps so a tiny value does not underflow in the scale factor alone
    const value = Number(q) * 2 ** -Math.floor(shift / 2) * 2 ** -Math.ceil(shift / 2);
    if (!Number.isFinite(value)) {
      fail('RESULT_TOO_LARGE', `The value ${this.num < 0n ? '-' : ''}~10^${Math.round(bitLength(this.num < 0n ? -this.num : this.num) * 0.30103 - bitLength(this.den) * 0.30103)} is beyond what a JavaScript number can hold; use toString() for the exact value.`);
    }
    return value;
  }

  /** `num/den` in lowest terms, or just `num` when whole: `'1/3'`, `'3/20'`, `'5'`. */
  toString(): string {
    if (this.d !== 0) return this.d === 1 ? String(this.n) : `${this.n}/${this.d}`;
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** JSON is the exact string form (`'1/3'`), which every rate parameter accepts back. */
  toJSON(): string {
    return this.toString();
  }

  /**
   * The value as a decimal string with `digits` places, rounded half away from zero:
   * `Ratio.of(2, 3).toFixed(3)` is `'0.667'`.
   */
  toFixed(digits = 2): string {
    if (!Number.isInteger(digits) || digits < 0 || digits > 100) {
      fail('INVALID_NUMBER', `toFixed needs 0 to 100 digits; got ${describe(digits)}.`);
    }
    const scale = 10n ** BigInt(digits);
    const negative = this.num < 0n;
    const abs = negative ? -this.num : this.num;
    // round half away from zero: floor((2·abs·scale + den) / (2·den))
    const scaled = (2n * abs * scale + this.den) / (2n * this.den);
    let text = scaled.toString();
    if (digits > 0) {
      text = text.padStart(digits + 1, '0');
      text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
    }
    return negative && scaled !== 0n ? `-${text}` : text;
  }

  /**
   * The exact decimal form when there is one (the denominator has no prime factors but 2 and 5):
   * `Ratio.of(2345678, 100).toDecimalString()` is `'23456.78'`; otherwise the fraction, `'1/3'`.
   * Money read from decimal input always has one.
   */
  toDecimalString(): string {
    let den = this.den;
    let places = 0;
    let twos = 0;
    let fives = 0;
    while (den % 2n === 0n) {
      den /= 2n;
      twos++;
    }
    while (den % 5n === 0n) {
      den /= 5n;
      fives++;
    }
    if (den !== 1n) return this.toString();
    places = Math.max(twos, fives);
    return this.toFixed(places);
  }

  /** The value as a percent string: `Ratio.of(1, 3).toPercent(1)` is `'33.3%'`. */
  toPercent(digits = 1): string {
    return `${this.mul(HUNDRED).toFixed(digits)}%`;
  }
}

const HUNDRED = /* @__PURE__ */ Ratio.of(100);

/** Exactly 0 and 1, shared. @internal */
export const ZERO = /* @__PURE__ */ Ratio.of(0);
/** @internal */
export const ONE = /* @__PURE__ */ Ratio.of(1);
