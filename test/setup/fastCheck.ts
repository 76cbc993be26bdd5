import fc from 'fast-check';
import { inject } from 'vitest';

// every property of the run uses the seed test/setup/global.ts chose (and printed), so a run replays
fc.configureGlobal({ seed: inject('fastCheckSeed') });
