// Types of plan-inputs.mjs, for the ratio check in test/perf (the benchmarks are plain JavaScript).

/** What `defineFunnel` returns, as far as these helpers need it. */
type AnyFunnel = { readonly ids: readonly string[] };

export declare const FUNNELS: readonly (readonly string[])[];
export declare function random(seed: number): () => number;

/** One generated plan: the defined funnel, its stage ids, and the options for requiredActivity. */
export interface PlanInput<F extends AnyFunnel = AnyFunnel> {
  readonly funnel: F;
  readonly ids: readonly string[];
  readonly options: { goal: unknown; rates: unknown; rounding?: 'each-stage' | 'once' };
}
export declare function planInputs<F extends AnyFunnel>(
  defineFunnel: (ids: readonly string[]) => F,
  options?: { count?: number; seed?: number; rounding?: 'each-stage' | 'once' },
): PlanInput<F>[];

/** One generated set of stage counts for funnelFromCounts. */
export interface CountInput<F extends AnyFunnel = AnyFunnel> {
  readonly funnel: F;
  readonly ids: readonly string[];
  readonly counts: Record<string, number> | number[];
}
export declare function countInputs<F extends AnyFunnel>(
  defineFunnel: (ids: readonly string[]) => F,
  options?: { count?: number; seed?: number },
): CountInput<F>[];

export declare function floatRate(rate: unknown): number;

/** A float plan: the shape of requiredActivity's result with numbers where it has Ratios. */
export interface FloatPlan {
  goal: { count: number; at: string; revenue?: string; averageDealSize?: string };
  required: Record<string, number>;
  stages: { stage: string; required: number; exact: number; rate: number | null; ofStage: string | null }[];
  top: { stage: string; required: number };
  overallRate: number;
  rounding: 'each-stage' | 'once';
  roundingPolicy: string;
}
export declare function floatRequiredActivity(ids: readonly string[], options: PlanInput['options']): FloatPlan;
export declare function sameRequired(exactPlan: { readonly stages: readonly { readonly required: number }[] }, floatPlan: FloatPlan): boolean;
export declare function floatFunnelFromCounts(ids: readonly string[], counts: CountInput['counts']): unknown;

export declare function interleaved<T>(
  candidates: readonly { readonly name: string; readonly fn: (input: T) => unknown; readonly inputs: readonly T[] }[],
  options?: { rounds?: number; minMs?: number; warmup?: number },
): { wall: number[][]; cpu: number[][] };
export declare function median(values: readonly number[]): number;
export declare function roundRatios(a: readonly number[], b: readonly number[]): { median: number; min: number; max: number; ratios: number[] };
