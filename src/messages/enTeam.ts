import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the team-capacity errors (reps, ramp curves, hires,
 * quotas): passed with the error's parameters (`phrases`), so only bundles that plan capacity hold
 * them.
 * @internal
 */
export const enTeam: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    // capacity, hires, quotas (team/)
  }),
  expected: /* @__PURE__ */ Object.freeze({
    // capacity, hires, quotas (team/)
  }),
});
