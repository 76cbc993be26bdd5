// Types of forecast-inputs.mjs, for the ratio check in test/perf (the benchmarks are plain JavaScript).

export declare const DRAWS: number;
export declare const STAGES: { readonly discovery: string; readonly demo: string; readonly proposal: string; readonly negotiation: string };
export declare const P: { readonly discovery: number; readonly demo: number; readonly proposal: number; readonly negotiation: number };
export declare function pipeline(n: number, seed: number): { id: string; amount: number; stage: keyof typeof STAGES }[];
export declare function monteCarlo(deals: readonly { amount: number; stage: keyof typeof STAGES }[], quota: number, draws?: number): { atLeast: number; p10: number; p50: number; p90: number };
