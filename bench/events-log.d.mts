// Types of events-log.mjs, for the ratio check in test/perf (the benchmarks are plain JavaScript).

export declare const STAGES: readonly string[];
export declare const SOURCES: readonly string[];
export declare const REPS: readonly string[];
export interface Log {
  readonly n: number;
  readonly prospects: number;
  readonly prospect: Int32Array;
  readonly stage: Uint8Array;
  readonly at: Float64Array;
  readonly source: Int8Array;
  readonly rep: Int8Array;
}
export declare function generateLog(n: number, seed: number): Log;
export declare function logColumns(d: Log): {
  prospect: Int32Array;
  stage: Uint8Array;
  at: Float64Array;
  source: { codes: Int8Array; names: readonly string[] };
  rep: { codes: Int8Array; names: readonly string[] };
};
export declare function logRecords(d: Log, options?: { iso?: boolean }): { prospect: number; stage: string; at: number | string; source: string; rep: string }[];
