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
      fail('INVALID_INPUT', { subject: 'countedStages', expected: 'countedStages', received: (rates as Record<string, unknown>)['stages'] }, [...path, 'stages']);
    }
    return true;
  }
  if (kind === undefined || funnel.ids.includes('kind')) return false;
  const expected = kind === 'activity-report' ? 'ratesNotReport' : 'ratesKind';
  return fail('INVALID_INPUT', { subject: 'ratesKind', expected, received: kind }, [...path, 'kind']);
}
