import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the forecasting errors (open deals, pipeline snapshots,
 * deal histories, time-to-close observations): passed with the error's parameters (`phrases`), so
 * only bundles that forecast hold them.
 * @internal
 */
export const enForecast: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    // pipeline forecast (forecast/pipelineForecast)
    // survival curves and history (survival/, forecast/learnFromHistory)
    // categories, rollups, movement, accuracy (forecast/rollup, movement, accuracy)
  }),
  expected: /* @__PURE__ */ Object.freeze({
    // pipeline forecast (forecast/pipelineForecast)
    // survival curves and history (survival/, forecast/learnFromHistory)
    // categories, rollups, movement, accuracy (forecast/rollup, movement, accuracy)
  }),
});
