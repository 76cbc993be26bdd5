/**
 * The groups of {@link compareGroups} and {@link homogeneity}: observed counts keyed by the
 * group's name (a rep, a lead source, a month), read once at the boundary.
 * @internal
 * @module
 */
import { enStats } from '../messages/enStats.js';
import { fail, type ErrorPath } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { isPlainObject, rethrowUnreadable } from '../schema.js';
import { readCounts } from './common.js';

/** Observed counts of each group, keyed by the group's name: `{ ana: { successes: 10, trials: 15 }, … }`. */
export type GroupCounts = { readonly [name: string]: { readonly successes: NumberInput; readonly trials: NumberInput } };

/** One group as read: its name and whole counts, with at least one trial. */
export interface NamedCounts {
  readonly name: string;
  readonly successes: number;
  readonly trials: number;
}

/**
 * Reads `{ name: { successes, trials } }` with at least two groups, each with at least one trial
 * (a group with no trials has no rate to compare). Names are the object's own keys, in its order.
 */
export function readGroups(groups: unknown, path: ErrorPath): NamedCounts[] {
  const about = { phrases: enStats, subject: 'groups', expected: 'groupCounts' } as const;
  let names: string[];
  try {
    if (!isPlainObject(groups)) return fail('INVALID_INPUT', { ...about, received: groups }, path);
    names = Object.keys(groups);
  } catch (error) {
    return rethrowUnreadable(error, groups, about, path);
  }
  if (names.length < 2) fail('TOO_FEW_VALUES', { ...about, min: 2, length: names.length }, path);
  const out = new Array<NamedCounts>(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    let value: unknown;
    try {
      value = groups[name];
    } catch (error) {
      return rethrowUnreadable(error, groups, { phrases: enStats, subject: 'group', group: name }, [...path, name]);
    }
    const c = readCounts(value, [...path, name], {
      pair: { phrases: enStats, subject: 'group', group: name },
      successes: { phrases: enStats, subject: 'groupSuccesses', group: name },
      trials: { phrases: enStats, subject: 'groupTrials', group: name },
    });
    if (c.trials === 0) fail('NO_TRIALS', { phrases: enStats, subject: 'group', group: name }, [...path, name, 'trials']);
    out[i] = { name, successes: c.successes, trials: c.trials };
  }
  return out;
}
