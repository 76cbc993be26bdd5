import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the presentation's errors (tables, charts, notebook
 * display): passed with the error's parameters (`phrases`), so only bundles that draw results hold
 * them.
 * @internal
 */
export const enRender: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    shownKind: 'The kind of the result',
    shownCount: 'A count of the result',
    shownField: 'The field "{key}" of the result',
    shownRate: 'A rate of the result',
    shownNumber: 'A number of the result',
    shownPerDay: 'The figures per working day',
    shownPerDayAt: 'The figure per working day for "{stage}"',
    shownTargets: 'The targets of period {row}',
    shownTargetAt: 'The target for "{stage}" in period {row}',
    tableRow: 'Row {row} of the table',
    shownRecord: 'Record {row} of the list',
    displayView: 'The view',
  }),
  expected: /* @__PURE__ */ Object.freeze({
    tableKind: 'a kind with a table layout: a plan, counted rates, an activity report, a schedule or a SMART check',
    tableResult: 'a plan, counted rates, an activity report, a schedule or a SMART check as it was returned (with its "kind"), or a list of flat records',
    chartKind: 'a kind a chart draws: counted rates, an activity report, a plan, a schedule, rates against control limits or an outcome range',
    chartResult: 'counted rates, an activity report, a plan, a schedule, rates against control limits or an outcome range as it was returned (with its "kind")',
    countsByStage: 'whole numbers keyed by stage, such as { call: 48, sale: 3 }',
    rowCells: 'one cell per column ({columns} cells)',
    shownRate: "an exact rate as returned (a Ratio) or its text, such as '3/20'",
    shownNumber: 'a number of 0 or more, finite',
  }),
});
