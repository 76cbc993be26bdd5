import { enCalendar } from './enCalendar.js';
import { enCore } from './en.js';
import { enEvents } from './enEvents.js';
import { enGoals } from './enGoals.js';
import { enKpi } from './enKpi.js';
import { enRender } from './enRender.js';
import { enSheets } from './enSheets.js';
import { enStats } from './enStats.js';
import { enForecast } from './enForecast.js';
import { enTeam } from './enTeam.js';
import type { ErrorMessages } from './types.js';

/**
 * English messages for {@link FunnelMathError}: the whole catalog (every error's `message` is
 * already in English; this is the catalog to compare other languages with, or to pass to
 * {@link errorMessage}).
 * @example
 * import { errorMessagesEn } from 'funnel-math';
 * errorMessagesEn.errors.NOT_INTEGER; // => '{subject} should be a whole number; got {received}.'
 * errorMessagesEn.subjects.goal; // => 'The goal'
 * @category Errors and messages
 */
export const errorMessagesEn: ErrorMessages = /* @__PURE__ */ Object.freeze({
  locale: enCore.locale,
  errors: enCore.errors,
  received: enCore.received,
  subjects: /* @__PURE__ */ Object.freeze({ ...enCore.subjects, ...enStats.subjects, ...enKpi.subjects, ...enGoals.subjects, ...enCalendar.subjects, ...enRender.subjects, ...enEvents.subjects, ...enSheets.subjects, ...enForecast.subjects, ...enTeam.subjects }),
  expected: /* @__PURE__ */ Object.freeze({ ...enCore.expected, ...enStats.expected, ...enKpi.expected, ...enGoals.expected, ...enCalendar.expected, ...enRender.expected, ...enEvents.expected, ...enSheets.expected, ...enForecast.expected, ...enTeam.expected }),
}) as ErrorMessages;
