// Types of eventLog.mjs, for the ratio check in test/perf (the benchmarks are plain JavaScript).

export declare const STAGES: readonly string[];
export declare const SOURCES: readonly string[];
export declare const REPS: readonly string[];
export declare const REASONS: readonly string[];
export declare function mulberry32(seed: number): () => number;

/** A generated log: typed columns in time order, sources and reps as codes. */
export interface EventLog {
  readonly n: number;
  readonly prospects: number;
  readonly prospect: Int32Array;
  readonly stage: Uint8Array;
  readonly at: Float64Array;
  readonly source: Int8Array;
  readonly rep: Int8Array;
}
export declare function generate(n: number, seed: number): EventLog;
export declare function recordsOf(d: EventLog, options?: { iso?: boolean }): { prospect: number; stage: string; at: number | string; source: string; rep: string }[];

type Coded = { codes: Int8Array; names: readonly string[] };
export interface LogColumns {
  prospect: Int32Array;
  stage: Uint8Array;
  at: Float64Array;
  source: Coded;
  rep: Coded;
  isNew?: Int8Array;
  reason?: Coded;
}
export declare function columnsOf(d: EventLog): LogColumns;
export declare function withExtras(d: EventLog, seed: number): LogColumns;

export interface HandCounts {
  reached: number[];
  inbound: number[];
  touches: number[];
}
export interface HandStats {
  p25: number;
  median: number;
  p75: number;
  p90: number;
  mean: number;
  bins: number[];
}
export interface HandReport extends HandCounts {
  prev: (HandStats | null)[];
  first: (HandStats | null)[];
}
export declare function handLoop(d: EventLog): HandCounts;
export declare function stats(list: readonly number[]): HandStats | null;
export declare function handReport(d: EventLog): HandReport;

type Figures = number[] | null;
export declare function reportFigures(report: { readonly stages: readonly unknown[] }): [Figures, Figures][];
export declare function handFigures(hand: HandReport): [Figures, Figures][];

export declare const GUARDED_OPTIONS: { by: 'rep'; window: { perStep: number }; order: 'strict'; reEntry: 'each' };
export declare const OPTION_SETS: readonly { name: string; options: Record<string, unknown>; extras?: boolean }[];
