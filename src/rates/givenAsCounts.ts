import { fail, type ErrorPath } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { kindOf } from '../kind.js';
import type { FunnelCounts } from './funnelFromCounts.js';

/**
 * Whether rates were given as a {@link funnelFromCounts} result: dispatches on `kind`, never on
 * shape. A result of another kind is refused with a message saying what to give instead (unless
 * the funnel has a stage named `kind`: then `kind` is that stage's rate).
 * @internal
 */
export function givenAsCounts(funnel: Funnel, rates: unknown, path: ErrorPath): rates is FunnelCounts {
  const kind = kindOf(rates);
  if (kind === 'counts') {
    if (!Array.isArray((rates as Record<string, unknown>)['stages'])) {
      fail('INVALID_INPUT', 'The counted rates have no list of stages; pass the counted funnel as it was returned.', [...path, 'stages']);
    }
    return true;
  }
  if (kind === undefined || funnel.ids.includes('kind')) return false;
  if (kind === 'activity-report') {
    fail(
      'INVALID_INPUT',
      'An activity report cannot be used as rates: its rates still count the prospects whose journeys are open, so they understate conversion. ' +
        "Give a rate per stage, such as { sale: '15%' } or { sale: { successes: 12, trials: 80 } }, or counts per stage turned into counted rates.",
      [...path, 'kind'],
    );
  }
  return fail(
    'INVALID_INPUT',
    `rates got a result of kind "${kind.slice(0, 40)}", which holds no conversion rates; give a rate per stage, such as { sale: '15%' }, or counted rates.`,
    [...path, 'kind'],
  );
}
