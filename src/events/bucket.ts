import type { Ratio } from '../numbers/ratio.js';

/**
 * What the journey engine adds up for one bucket (the total, or one group of a report).
 * @internal
 * @module
 */

/** A growing list of durations in a Float64Array (no boxed numbers). */
export class Durations {
  a: Float64Array = new Float64Array(16);
  n = 0;
  /** A list holding exactly the values of `a` (not copied). */
  static of(a: Float64Array): Durations {
    const d = new Durations();
    d.a = a;
    d.n = a.length;
    return d;
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
  values(): Float64Array {
    return this.a.subarray(0, this.n);
  }
}

/** Counts per stage, durations and loss reasons of one bucket. */
export class Bucket {
  readonly touches: Float64Array;
  readonly prospects: Float64Array;
  readonly journeys: Float64Array;
  readonly count: Float64Array;
  readonly fromPrev: Float64Array;
  readonly inbound: Float64Array;
  readonly fromFirst: Float64Array;
  readonly dropped: Float64Array;
  readonly open: Float64Array;
  readonly stalled: Float64Array;
  readonly newCount: Float64Array;
  readonly valueInt: Float64Array;
  readonly valueRest: (Ratio | null)[];
  readonly hasValue: Uint8Array;
  readonly prevDur: Durations[];
  readonly firstDur: Durations[];
  /** Lost units and loss touches by `${stage}\u0000${reason}`, as the report reads them ({@link Bucket.nameLosses}). */
  readonly lost = new Map<string, number>();
  readonly lossTouches = new Map<string, number>();
  /** The same while the engine counts, by stage × reasons + reason code (canonical: one code per name). */
  readonly lostCodes = new Map<number, number>();
  readonly lossTouchCodes = new Map<number, number>();
  constructor(k: number) {
    const f = () => new Float64Array(k);
    this.touches = f();
    this.prospects = f();
    this.journeys = f();
    this.count = f();
    this.fromPrev = f();
    this.inbound = f();
    this.fromFirst = f();
    this.dropped = f();
    this.open = f();
    this.stalled = f();
    this.newCount = f();
    this.valueInt = f();
    this.valueRest = new Array<Ratio | null>(k).fill(null);
    this.hasValue = new Uint8Array(k);
    this.prevDur = Array.from({ length: k }, () => new Durations());
    this.firstDur = Array.from({ length: k }, () => new Durations());
  }

  /** Turns the counts by code into counts by stage and reason name. */
  nameLosses(reasons: readonly string[]): void {
    const name = (key: number) => `${Math.floor(key / reasons.length)}\u0000${reasons[key % reasons.length]}`;
    for (const [key, v] of this.lostCodes) this.lost.set(name(key), v);
    for (const [key, v] of this.lossTouchCodes) this.lossTouches.set(name(key), v);
  }
}
