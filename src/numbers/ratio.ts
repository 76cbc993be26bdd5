import { fail } from '../errors.js';
import { floorDivSafe } from './floorDiv.js';
import { bitLength, gcd, gcdBig } from './gcd.js';
import { divRoundHalfUp } from './roundHalfUp.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(MAX_SAFE);

/**
 * The brand every copy of this library puts on `Ratio.prototype`. Node may load the ESM and the
 * CommonJS build side by side; both register the same symbol, so `instanceof Ratio` recognises a
 * Ratio from either copy, and the other copy's value is read through its public `num`/`den`.
 */
const RATIO_BRAND: symbol = /* @__PURE__ */ Symbol.for('funnel-math.Ratio');

/** Passed by this module's own constructions only: `new Ratio(...)` from outside is refused. */
const SEAL: unique symbol = /* @__PURE__ */ Symbol('Ratio');

/** Unchecked access for this library's fast paths, filled in once by the class's static initialiser. */
interface RatioInternals {
  fromSafe: (n: number, d: number) => Ratio;
  fromSafeParts: (n: number, d: number) => Ratio;
  fromBigParts: (n: bigint, d: bigint) => Ratio;
  safeNum: (r: Ratio) => number;
  safeDen: (r: Ratio) => number;
  partNum: (r: Ratio) => number;
  partDen: (r: Ratio) => number;
  own: (x: unknown) => Ratio | undefined;
}
const internals = {} as RatioInternals;

/** A part `Ratio.of` takes: a bigint or a safe integer. */
function isPart(part: unknown): part is bigint | number {
  return typeof part === 'bigint' || (typeof part === 'number' && Number.isSafeInteger(part));
}

/** Arithmetic takes Ratios only: a number here would silently mean a float, so say what to do. */
function notARatio(other: unknown): never {
  return fail('INVALID_NUMBER', { subject: 'ratioOperand', expected: 'ratio', received: other });
}

/**
 * A Ratio made by another copy of this library (its brand, with bigint parts), as this copy's
 * Ratio in lowest terms; `undefined` for anything else. Its parts are read once, through the
 * public getters, since another copy's private fields are not readable here.
 */
function foreignRatio(x: object): Ratio | undefined {
  if ((x as { [key: symbol]: unknown })[RATIO_BRAND] !== true) return undefined;
  let num: unknown;
  let den: unknown;
  try {
    num = (x as Ratio).num;
    den = (x as Ratio).den;
  } catch {
    return undefined;
  }
  if (typeof num !== 'bigint' || typeof den !== 'bigint' || den <= 0n) return undefined;
  return Ratio.of(num, den);
}

/**
 * An exact rational number `num / den` in lowest terms with `den > 0`. Immutable, and sealed:
 * the only ways to make one are {@link Ratio.of}, {@link parseRatio} and the arithmetic methods,
 * so every Ratio is in lowest terms and `equals` is equality of values.
 *
 * Rates are Ratios so that 5 of 15 is exactly 1/3 and a plan built on it never over-rounds; use
 * `toNumber()` only for display or charts, never to compute a count.
 *
 * `instanceof Ratio` is true for a Ratio from either build of the library (ESM or CommonJS)
 * loaded in the same process, and every method accepts one.
 *
 * @example
 * import { Ratio } from 'funnel-math';
 * Ratio.of(5, 15).toString(); // => '1/3'
 * Ratio.of(5, 15).den === 3n; // => true
 * Ratio.of(1, 3).mul(Ratio.of(3, 20)).toString(); // => '1/20'
 * Ratio.of(2, 4).equals(Ratio.of(1, 2)); // => true
 * Ratio.of(2, 3).toPercent(1); // => '66.7%'
 * JSON.stringify({ rate: Ratio.of(15, 100) }); // => '{"rate":"3/20"}'
 * Ratio.of(1, 3) instanceof Ratio; // => true
 * ({ num: 1n, den: 3n }) instanceof Ratio; // => false
 * @category Funnels and rates
 */
export class Ratio {
  // When both parts are safe integers: #n / #d, and #d > 0; otherwise #d is 0 and the bigints
  // #num / #den hold the value. The bigints are made on first use for small values.
  //
  // Safe parts may be held before they are reduced (#lowest false): the library's own loops
  // (reading '15%', a plan's exact requirements and overall rate) make many Ratios that are only
  // computed with, and reducing each would be a gcd apiece. Everything that shows the parts
  // (num, den, toString, toJSON, equals, ...) reduces first, so from outside every Ratio is in
  // lowest terms; the value never changes.
  #n: number;
  #d: number;
  #lowest: boolean;
  #num: bigint | undefined;
  #den: bigint | undefined;

  private constructor(seal: typeof SEAL, n: number, d: number, num: bigint | undefined, den: bigint | undefined, lowest = true) {
    if (seal !== SEAL) fail('INVALID_INPUT', { subject: 'ratio', expected: 'ratioMade', received: seal });
    this.#n = n;
    this.#d = d;
    this.#lowest = lowest;
    this.#num = num;
    this.#den = den;
  }

  /** Brings safe parts held unreduced to lowest terms (once; the value is unchanged). */
  #reduce(): void {
    if (this.#lowest) return;
    this.#lowest = true;
    if (this.#d !== 0) {
      const g = gcd(Math.abs(this.#n), this.#d) || 1;
      this.#n = this.#n / g || 0;
      this.#d = this.#d / g;
      return;
    }
    let num = this.#num!;
    let den = this.#den!;
    const g = gcdBig(num, den);
    if (g > 1n) {
      num /= g;
      den /= g;
    }
    this.#num = num;
    this.#den = den;
    if (num <= MAX_SAFE_BIG && num >= -MAX_SAFE_BIG && den <= MAX_SAFE_BIG) {
      this.#n = Number(num);
      this.#d = Number(den);
    }
  }

  // installed by a static field rather than a static block: engines (and bundles for them, such as
  // the Apps Script file) that lack static blocks keep the private fields native, not WeakMaps
  static #installed: true = Ratio.#install();

  static #install(): true {
    Object.defineProperty(Ratio.prototype, RATIO_BRAND, { value: true });
    internals.fromSafe = (n, d) => new Ratio(SEAL, n, d, undefined, undefined);
    internals.fromSafeParts = (n, d) => new Ratio(SEAL, n || 0, d, undefined, undefined, false);
    internals.fromBigParts = (n, d) => new Ratio(SEAL, 0, 0, n, d, false);
    internals.safeNum = (r) => {
      r.#reduce();
      return r.#n;
    };
    internals.safeDen = (r) => {
      r.#reduce();
      return r.#d;
    };
    internals.partNum = (r) => r.#n;
    internals.partDen = (r) => r.#d;
    internals.own = (x) => (typeof x === 'object' && x !== null ? (#n in x ? x : foreignRatio(x)) : undefined);
    return true;
  }

  /**
   * `x instanceof Ratio`: true for a Ratio of this library, made by this copy or by another build
   * of it loaded beside this one (an ESM and a CommonJS copy in one process).
   */
  static [Symbol.hasInstance](x: unknown): x is Ratio {
    if (this !== Ratio) return Function.prototype[Symbol.hasInstance].call(this, x);
    return typeof x === 'object' && x !== null && (#n in x || (x as { [key: symbol]: unknown })[RATIO_BRAND] === true);
  }

  /** This copy's Ratio for a method's argument (a foreign copy's is converted once, here). */
  static #arg(other: unknown): Ratio {
    if (typeof other === 'object' && other !== null && #n in other) return other;
    return (typeof other === 'object' && other !== null && foreignRatio(other)) || notARatio(other);
  }

  /** Numerator, in lowest terms; carries the sign. */
  get num(): bigint {
    this.#reduce();
    return (this.#num ??= BigInt(this.#n));
  }

  /** Denominator, in lowest terms; always positive. */
  get den(): bigint {
    this.#reduce();
    return (this.#den ??= BigInt(this.#d));
  }

  /**
   * The ratio `num / den` in lowest terms. Integers only (numbers must be safe integers).
   * @throws FunnelMathError `INVALID_NUMBER` when `den` is 0 or a part is not an integer.
   */
  static of(num: bigint | number, den: bigint | number = 1): Ratio {
    if (typeof num === 'number' && typeof den === 'number' && Number.isSafeInteger(num) && Number.isSafeInteger(den) && den !== 0) {
      const g = gcd(Math.abs(num), Math.abs(den)) || 1;
      return den < 0 ? new Ratio(SEAL, -num / g || 0, -den / g, undefined, undefined) : new Ratio(SEAL, num / g || 0, den / g, undefined, undefined);
    }
    if (!isPart(num)) fail('INVALID_NUMBER', { subject: 'numerator', expected: 'ratioPart', received: num });
    if (!isPart(den)) fail('INVALID_NUMBER', { subject: 'denominator', expected: 'ratioPart', received: den });
    let bn = BigInt(num);
    let bd = BigInt(den);
    if (bd === 0n) fail('INVALID_NUMBER', { subject: 'denominator', expected: 'nonZero', received: den });
    if (bd < 0n) {
      bn = -bn;
      bd = -bd;
    }
    const g = gcdBig(bn, bd);
    if (g > 1n) {
      bn /= g;
      bd /= g;
    }
    const safe = bn <= MAX_SAFE_BIG && bn >= -MAX_SAFE_BIG && bd <= MAX_SAFE_BIG;
    return safe ? new Ratio(SEAL, Number(bn), Number(bd), bn, bd) : new Ratio(SEAL, 0, 0, bn, bd);
  }

  /** True when the value is exactly 0. */
  isZero(): boolean {
    return this.#d !== 0 ? this.#n === 0 : this.num === 0n;
  }

  /** -1, 0 or 1: the sign of the value. */
  sign(): -1 | 0 | 1 {
    if (this.#d !== 0) return this.#n > 0 ? 1 : this.#n < 0 ? -1 : 0;
    return this.num > 0n ? 1 : this.num < 0n ? -1 : 0;
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Ratio): -1 | 0 | 1 {
    const o = Ratio.#arg(other);
    if (this.#d !== 0 && o.#d !== 0) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const a = this.#n * o.#d;
        const b = o.#n * this.#d;
        if (Math.abs(a) <= MAX_SAFE && Math.abs(b) <= MAX_SAFE) return a < b ? -1 : a > b ? 1 : 0;
        if (!Ratio.#reduceBoth(this, o)) break;
      }
    }
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** True when both are the same rational number. */
  equals(other: Ratio): boolean {
    const o = Ratio.#arg(other);
    this.#reduce();
    o.#reduce();
    if (this.#d !== 0 || o.#d !== 0) return this.#n === o.#n && this.#d === o.#d;
    return this.num === o.num && this.den === o.den;
  }

  /** Exact sum. */
  add(other: Ratio): Ratio {
    return Ratio.#sum(this, Ratio.#arg(other), 1);
  }

  /** Exact difference. */
  sub(other: Ratio): Ratio {
    return Ratio.#sum(this, Ratio.#arg(other), -1);
  }

  /** a + sign · b: in safe integers when the parts allow (reduced first if that is what it takes), else bigints. */
  static #sum(a: Ratio, b: Ratio, sign: 1 | -1): Ratio {
    if (a.#d !== 0 && b.#d !== 0) {
      const safe = sumSafe(a.#n, a.#d, sign * b.#n, b.#d) ?? (Ratio.#reduceBoth(a, b) ? sumSafe(a.#n, a.#d, sign * b.#n, b.#d) : undefined);
      if (safe !== undefined) return safe;
    }
    return Ratio.#sumBig(a.num, a.den, sign === 1 ? b.num : -b.num, b.den);
  }

  /**
   * a/b + c/d for parts in lowest terms (b, d > 0), by Henrici's method: with g = gcd(b, d) and
   * t = a·(d/g) + c·(b/g), the sum is t/g2 over (b/g)·(d/g2) where g2 = gcd(t, g), already in
   * lowest terms: a prime of b/g divides neither a nor d/g, so not t either (likewise for d/g),
   * and a prime's power is left in only one of t/g2 and g/g2. The gcds run on the denominators and
   * on g, never on the products, which are twice as long.
   */
  static #sumBig(a: bigint, b: bigint, c: bigint, d: bigint): Ratio {
    if (a === 0n) return Ratio.#lowestBig(c, d);
    if (c === 0n) return Ratio.#lowestBig(a, b);
    const g = gcdBig(b, d);
    if (g === 1n) return Ratio.#lowestBig(a * d + c * b, b * d);
    const bg = b / g;
    const t = a * (d / g) + c * bg;
    const g2 = gcdBig(t, g);
    return g2 === 1n ? Ratio.#lowestBig(t, bg * d) : Ratio.#lowestBig(t / g2, bg * (d / g2));
  }

  /** A Ratio from bigint parts known to be in lowest terms (d > 0): no gcd; safe parts are kept as numbers too. */
  static #lowestBig(n: bigint, d: bigint): Ratio {
    if (n === 0n) return ZERO;
    const safe = n <= MAX_SAFE_BIG && n >= -MAX_SAFE_BIG && d <= MAX_SAFE_BIG;
    return safe ? new Ratio(SEAL, Number(n), Number(d), n, d) : new Ratio(SEAL, 0, 0, n, d);
  }

  /**
   * (a/b)·(c/d) for parts in lowest terms (b, d > 0), cross-cancelled: with g1 = gcd(a, d) and
   * g2 = gcd(c, b) divided out first, the product (a/g1)(c/g2) / ((b/g2)(d/g1)) is already in
   * lowest terms, so no gcd of the (twice as long) products is needed. A square (the same parts
   * twice) needs no gcd at all: the square of parts without a common factor has none either.
   */
  static #mulBig(a: bigint, b: bigint, c: bigint, d: bigint): Ratio {
    if (a === 0n || c === 0n) return ZERO;
    if (a === c && b === d) return Ratio.#lowestBig(a * a, b * b);
    const g1 = gcdBig(a, d);
    const g2 = gcdBig(c, b);
    const n = (g1 === 1n ? a : a / g1) * (g2 === 1n ? c : c / g2);
    const m = (g2 === 1n ? b : b / g2) * (g1 === 1n ? d : d / g1);
    return Ratio.#lowestBig(n, m);
  }

  /** Brings both to lowest terms; true when either was not (so a safe attempt is worth retrying). */
  static #reduceBoth(a: Ratio, b: Ratio): boolean {
    const changed = !a.#lowest || !b.#lowest;
    a.#reduce();
    b.#reduce();
    return changed;
  }

  /** Exact product. */
  mul(other: Ratio): Ratio {
    const o = Ratio.#arg(other);
    this.#reduce();
    o.#reduce();
    if (this.#d !== 0 && o.#d !== 0) {
      // cross-cancel first (a/b · c/d with gcd(a, d) and gcd(c, b) divided out): both factors are
      // in lowest terms, so the product is too, and the gcds run on the small parts
      const g1 = gcd(Math.abs(this.#n), o.#d) || 1;
      const g2 = gcd(Math.abs(o.#n), this.#d) || 1;
      const n = (this.#n / g1) * (o.#n / g2);
      const d = (this.#d / g2) * (o.#d / g1);
      if (Math.abs(n) <= MAX_SAFE && d <= MAX_SAFE) return new Ratio(SEAL, n || 0, d, undefined, undefined);
    }
    return Ratio.#mulBig(this.num, this.den, o.num, o.den);
  }

  /**
   * Exact quotient.
   * @throws FunnelMathError `INVALID_NUMBER` when `other` is 0.
   */
  div(other: Ratio): Ratio {
    const o = Ratio.#arg(other);
    if (o.isZero()) fail('INVALID_NUMBER', { subject: 'divisor', expected: 'nonZero', received: 0 });
    if (this.#d !== 0 && o.#d !== 0) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const n = this.#n * o.#d;
        const d = this.#d * o.#n;
        if (Math.abs(n) <= MAX_SAFE && Math.abs(d) <= MAX_SAFE) return Ratio.of(n, d);
        if (!Ratio.#reduceBoth(this, o)) break;
      }
    }
    // a/b ÷ c/d = a/b · d/c, with the sign moved to the numerator (the parts read are in lowest terms)
    return o.num < 0n ? Ratio.#mulBig(this.num, this.den, -o.den, -o.num) : Ratio.#mulBig(this.num, this.den, o.den, o.num);
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
    if (this.#d !== 0) return this.#n / this.#d;
    // Scale so the integer quotient keeps ~64 significant bits, then undo the scale.
    const shift = bitLength(this.den) - bitLength(this.num < 0n ? -this.num : this.num) + 64;
    const q = shift >= 0 ? (this.num << BigInt(shift)) / this.den : this.num / (this.den << BigInt(-shift));
    // two half-steps so a tiny value does not underflow in the scale factor alone
    const value = Number(q) * 2 ** -Math.floor(shift / 2) * 2 ** -Math.ceil(shift / 2);
    if (!Number.isFinite(value)) {
      const power = Math.round((bitLength(this.num < 0n ? -this.num : this.num) - bitLength(this.den)) * 0.30103);
      fail('RESULT_TOO_LARGE', { subject: 'floatValue', magnitude: `${this.num < 0n ? '-' : ''}10^${power}` });
    }
    return value;
  }

  /** `num/den` in lowest terms, or just `num` when whole: `'1/3'`, `'3/20'`, `'5'`. */
  toString(): string {
    this.#reduce();
    if (this.#d !== 0) return this.#d === 1 ? String(this.#n) : `${this.#n}/${this.#d}`;
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
      fail('INVALID_NUMBER', { subject: 'digits', expected: 'digits', received: digits });
    }
    return this.#fixed(digits);
  }

  /** toFixed without the limit on places (an exact decimal may need more than 100). */
  #fixed(digits: number): string {
    if (this.#d !== 0 && digits <= 15) {
      const fixed = fixedSafe(this.#n, this.#d, digits);
      if (fixed !== undefined) return fixed;
    }
    const scale = 10n ** BigInt(digits);
    const negative = this.num < 0n;
    const abs = negative ? -this.num : this.num;
    const scaled = divRoundHalfUp(abs * scale, this.den); // on the magnitude: halves away from zero
    return withPoint(scaled.toString(), digits, negative && scaled !== 0n);
  }

  /**
   * The exact decimal form when there is one (the denominator has no prime factors but 2 and 5):
   * `Ratio.of(2345678, 100).toDecimalString()` is `'23456.78'`; otherwise the fraction, `'1/3'`.
   * Money read from decimal input always has one.
   */
  toDecimalString(): string {
    this.#reduce();
    if (this.#d !== 0) {
      let d = this.#d;
      let twos = 0;
      let fives = 0;
      while (d % 2 === 0) {
        d /= 2;
        twos++;
      }
      while (d % 5 === 0) {
        d /= 5;
        fives++;
      }
      return d === 1 ? this.#fixed(Math.max(twos, fives)) : this.toString();
    }
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
    return this.#fixed(places);
  }

  /** The value as a percent string: `Ratio.of(1, 3).toPercent(1)` is `'33.3%'`. */
  toPercent(digits = 1): string {
    return `${this.mul(HUNDRED).toFixed(digits)}%`;
  }
}

const HUNDRED = /* @__PURE__ */ Ratio.of(100);

/** a/b + c/d in safe integers (b, d > 0), or undefined when a product leaves the safe range. */
function sumSafe(a: number, b: number, c: number, d: number): Ratio | undefined {
  if (b === d) {
    const n = a + c;
    return Math.abs(n) <= MAX_SAFE ? Ratio.of(n, b) : undefined;
  }
  const x = a * d;
  const y = c * b;
  const den = b * d;
  const n = x + y;
  return Math.abs(x) <= MAX_SAFE && Math.abs(y) <= MAX_SAFE && Math.abs(n) <= MAX_SAFE && den <= MAX_SAFE ? Ratio.of(n, den) : undefined;
}

/**
 * n/d (d > 0) with `digits` places, halves away from zero, when |n|·10^digits is a safe integer
 * (then the quotient and remainder below are exact); undefined otherwise.
 */
function fixedSafe(n: number, d: number, digits: number): string | undefined {
  const scaledUp = Math.abs(n) * 10 ** digits;
  if (scaledUp + d > MAX_SAFE) return undefined;
  let q = floorDivSafe(scaledUp, d);
  if (2 * (scaledUp - q * d) >= d) q += 1;
  return withPoint(String(q), digits, n < 0 && q !== 0);
}

/** Whole `units` of 10^−digits as a decimal text: the point `digits` places from the right, a minus sign when `negative`. */
function withPoint(units: string, digits: number, negative: boolean): string {
  let text = units;
  if (digits > 0) {
    text = text.padStart(digits + 1, '0');
    text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * A Ratio from parts already in lowest terms with `d > 0`, both safe integers: no gcd, no checks.
 * For values known to be reduced (a whole number n/1); see {@link fromSafeParts} for any other. @internal
 */
export const fromSafe: (n: number, d: number) => Ratio = internals.fromSafe;

/**
 * A Ratio n/d (d > 0, both safe integers) not yet in lowest terms: reduced when first shown. For
 * loops that make many values only to compute with or return them. @internal
 */
export const fromSafeParts: (n: number, d: number) => Ratio = internals.fromSafeParts;

/** A Ratio n/d of bigints (d > 0) not yet in lowest terms: reduced when first shown. @internal */
export const fromBigParts: (n: bigint, d: bigint) => Ratio = internals.fromBigParts;

/**
 * The safe numerator as held, possibly not reduced: for arithmetic that needs only the value
 * (partNum/partDen is the Ratio's value); meaningful only when `partDen(r) !== 0`. @internal
 */
export const partNum: (r: Ratio) => number = internals.partNum;

/** The safe denominator as held (see {@link partNum}); 0 when the value needs bigints. @internal */
export const partDen: (r: Ratio) => number = internals.partDen;

/**
 * The denominator as a safe integer, or 0 when the parts are bigints (then use `num`/`den`): the
 * test that guards every safe-integer fast path. @internal
 */
export const safeDen: (r: Ratio) => number = internals.safeDen;

/** The numerator as a safe integer; meaningful only when `safeDen(r) !== 0`. @internal */
export const safeNum: (r: Ratio) => number = internals.safeNum;

/**
 * This copy's Ratio for any Ratio (this copy's as it is, another build's converted through its
 * public parts); `undefined` for anything that is not a Ratio. @internal
 */
export const ownRatio: (x: unknown) => Ratio | undefined = internals.own;

/** Exactly 0 and 1, shared. @internal */
export const ZERO = /* @__PURE__ */ Ratio.of(0);
/** @internal */
export const ONE = /* @__PURE__ */ Ratio.of(1);
