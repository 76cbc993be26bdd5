/**
 * Adds what a reader cannot know to its error (the row of a list, the stage of an entry), so the
 * message says "row 3" where a person counts rows.
 * @internal
 * @module
 */
import { FunnelMathError } from '../errors.js';
import { enCore } from '../messages/en.js';
import { enGoals } from '../messages/enGoals.js';
import { formatMessage } from '../messages/format.js';

/** Runs `read`; an error worded from the catalog is worded again with `extra` among its parameters. */
export function withParams<T>(extra: Readonly<Record<string, string | number>>, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FunnelMathError) || error.params.subject === undefined) throw error;
    const params = { ...error.params, ...extra };
    throw new FunnelMathError(error.code, formatMessage(enCore, error.code, params, enGoals), error.path, params);
  }
}
