import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { expectHonest } from '../helpers/honest.js';
import { entryPoints } from './entryPoints.js';

const funnel = api.defineFunnel(['call', 'appointment', 'sale']);
/**
 * A million of anything: arrays of numbers, strings or holes, rows, an object with a million keys,
 * a funnel of a million stages and 10 MB strings, given to every entry point as an argument and
 * as each option or input field it reads. Each call must be refused or answered honestly, with no stack
 * overflow, in bounded time.
 */
const MILLION = 1_000_000;
const huge: [string, unknown][] = [
  ['a million numbers', new Array<number>(MILLION).fill(1)],
  ['a million strings', new Array<string>(MILLION).fill('call')],
  ['a million holes', new Array(MILLION)],
  ['a million rows', Array.from({ length: MILLION }, () => [1])],
  ['an object with a million keys', Object.fromEntries(Array.from({ length: MILLION }, (_, i) => [`k${i}`, 1]))],
  ['an object with ten thousand keys', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 1]))],
  ['a million stages', Array.from({ length: MILLION }, (_, i) => `s${i}`)],
  ['a 10 MB string', 'x'.repeat(10 * MILLION)],
  ['10 MB of digits', '7'.repeat(10 * MILLION)],
];
/** Every field name an options or input object of the public API reads. */
const FIELDS = `accepted activity actual aggregate amount arpa asOf at atRisk atStart attribution averageDealSize baseline basis benchmark
  benchmarks by cac capacity change channels checkIn churn churnedAt closedAt comments confidence contributionMarginRatio counting
  createdAt current cycleDays deadline denominator direction end exclude expansion fiscalYearStart fixedCosts from fromFirst funnel
  generic goal grossMargin halfWidth healthy history holidays horizon id into kind known lagDays level levels likes locale lost ltv
  measure method months newCustomers newMrr onInvalid onTrack open openPipeline opportunities order over per perProspect perRepPerDay
  perStep period periods personalized posts power previous price quota rate rates reEntry rep reps required rounding sent shares spend
  stage stages stalledAfterDays start status stretchThreshold target thresholds to trials trim type value variableCost weekend weights
  winRate window won wonAt`.split(/\s+/);
/**
 * Bounded time for one call: reading a million elements once or twice is what any honest refusal
 * costs, so the limit is measured on this machine as it is now (busy or not) — ten times enumerating
 * the keys of the million-key object and copying the million numbers — and catches what grows
 * faster than the input (a quadratic walk, a message listing every key) rather than a slow machine.
 */
function limitMs(): number {
  const started = performance.now();
  Object.keys(huge[4]![1] as object).length; // the million-key object
  (huge[0]![1] as number[]).map((x) => x + 1);
  return Math.max(1000, 10 * (performance.now() - started));
}

describe('every public entry point refuses or handles a million elements in bounded time, without a stack overflow', () => {
  for (const [name, fn] of entryPoints()) {
    it(name, () => {
      const LIMIT_MS = limitMs();
      const problems: string[] = [];
      const call = (what: string, args: unknown[]) => {
        const started = performance.now();
        try {
          expectHonest(() => fn(...args), []);
        } catch (error) {
          problems.push(`${what}: ${(error as Error).name}: ${(error as Error).message.split('\n')[0]!.slice(0, 160)}`);
        }
        const ms = performance.now() - started;
        if (ms > LIMIT_MS) problems.push(`${what}: took ${Math.round(ms)} ms (limit ${Math.round(LIMIT_MS)} ms)`);
      };
      // a field the entry point refuses by name ("unknown option") never reads its value: skip it
      const reads = (args: (v: unknown) => unknown[], field: string) =>
        [1, 'x', [1], {}].some((probe) => {
          try {
            fn(...args(probe));
            return true;
          } catch (error) {
            const m = (error as Error).message;
            return !(m.includes(`"${field}"`) && /unknown|not a stage/.test(m));
          }
        });
      const placements: [string, (v: unknown) => unknown[]][] = [
        ['as the argument', (v) => [v]],
        ['after a funnel', (v) => [funnel, v]],
        ['as the funnel', (v) => [v, {}]],
      ];
      // an entry point that reads any name (groups, reps, stage-keyed objects) reads them all alike: one stands for all
      const anyName = [(v: unknown) => [{ someName: v }], (v: unknown) => [funnel, { someName: v }]] as const;
      const readsAnyName = anyName.map((args) => reads(args, 'someName'));
      if (readsAnyName[0]) placements.push(['as any name', anyName[0]]);
      if (readsAnyName[1]) placements.push(['as any name after a funnel', anyName[1]]);
      for (const field of FIELDS) {
        const alone = (v: unknown) => [{ [field]: v }];
        const afterFunnel = (v: unknown) => [funnel, { [field]: v }];
        if (!readsAnyName[0] && reads(alone, field)) placements.push([`as ${field}`, alone]);
        if (!readsAnyName[1] && reads(afterFunnel, field)) placements.push([`as ${field} after a funnel`, afterFunnel]);
      }
      // enumerating a million keys takes a second or more on a busy machine, so the million-key
      // object goes where an entry point reads whole objects (the arguments, any name); each field
      // gets ten thousand keys, which shows a walk that grows faster than its input just as well
      for (const [kind, value] of huge) {
        for (const [where, args] of placements) {
          if (kind === 'an object with a million keys' && where.startsWith('as ') && !where.startsWith('as the') && !where.startsWith('as any')) continue;
          if (kind === 'an object with ten thousand keys' && (where.startsWith('as the') || where.startsWith('as any') || where === 'after a funnel')) continue;
          call(`${kind} ${where}`, args(value));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
