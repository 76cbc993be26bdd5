/**
 * The metrics a goal can name, and what each one is: how it is measured (money, a count, a rate, an
 * amount such as days), whether it adds up over time (revenue: a month's total is the sum of its
 * days) or is a level (a win rate, an average deal size), which direction is better, and whether
 * a rep does it (activity) or it is what activity yields (outcome).
 * @module
 */

/** How a metric's values are written and computed with. */
export type GoalMeasure = 'money' | 'count' | 'rate' | 'amount';

/** `'sum'`: the metric adds up over time (revenue, calls); `'level'`: it does not (a win rate, LTV). */
export type GoalAggregate = 'sum' | 'level';

/** Which way the metric is better. */
export type Better = 'higher' | 'lower';

/** Facts about a known metric. */
export interface MetricInfo {
  readonly measure: GoalMeasure;
  readonly aggregate: GoalAggregate;
  readonly better: Better;
  /** The kind a goal on this metric has; `'either'` when both make sense (meetings, MQLs). */
  readonly kind: 'activity' | 'outcome' | 'either';
  /** The unit implied when a goal gives none (`null`: a currency must be given). */
  readonly unit: string | null;
}

const m = (measure: GoalMeasure, aggregate: GoalAggregate, better: Better, kind: MetricInfo['kind'], unit: string | null): MetricInfo =>
  Object.freeze({ measure, aggregate, better, kind, unit });

/** The name of a known metric. */
export type KnownMetric =
  | 'revenue'
  | 'income'
  | 'units'
  | 'sales'
  | 'deals'
  | 'customers'
  | 'calls'
  | 'emails'
  | 'meetings'
  | 'appointments'
  | 'presentations'
  | 'demos'
  | 'prospects'
  | 'leads'
  | 'mqls'
  | 'sqls'
  | 'win-rate'
  | 'close-rate'
  | 'conversion-rate'
  | 'churn'
  | 'rep-turnover'
  | 'ltv'
  | 'cac'
  | 'deal-size'
  | 'cycle-length'
  | 'coaching-hours'
  | 'trainings';

/**
 * The metrics this library knows (DOMAIN.md §2 and §4). Any other name is a custom metric: give
 * its `measure` (default `'count'`) and `unit`.
 */
export const KNOWN_METRICS: Readonly<Record<KnownMetric, MetricInfo>> = /* @__PURE__ */ Object.freeze({
  revenue: /* @__PURE__ */ m('money', 'sum', 'higher', 'outcome', null),
  income: /* @__PURE__ */ m('money', 'sum', 'higher', 'outcome', null),
  units: /* @__PURE__ */ m('count', 'sum', 'higher', 'outcome', 'units'),
  sales: /* @__PURE__ */ m('count', 'sum', 'higher', 'outcome', 'sales'),
  deals: /* @__PURE__ */ m('count', 'sum', 'higher', 'outcome', 'deals'),
  customers: /* @__PURE__ */ m('count', 'sum', 'higher', 'outcome', 'customers'),
  calls: /* @__PURE__ */ m('count', 'sum', 'higher', 'activity', 'calls'),
  emails: /* @__PURE__ */ m('count', 'sum', 'higher', 'activity', 'emails'),
  meetings: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'meetings'),
  appointments: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'appointments'),
  presentations: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'presentations'),
  demos: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'demos'),
  prospects: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'prospects'),
  leads: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'leads'),
  mqls: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'MQLs'),
  sqls: /* @__PURE__ */ m('count', 'sum', 'higher', 'either', 'SQLs'),
  'win-rate': /* @__PURE__ */ m('rate', 'level', 'higher', 'outcome', '%'),
  'close-rate': /* @__PURE__ */ m('rate', 'level', 'higher', 'outcome', '%'),
  'conversion-rate': /* @__PURE__ */ m('rate', 'level', 'higher', 'outcome', '%'),
  churn: /* @__PURE__ */ m('rate', 'level', 'lower', 'outcome', '%'),
  'rep-turnover': /* @__PURE__ */ m('rate', 'level', 'lower', 'outcome', '%'),
  ltv: /* @__PURE__ */ m('money', 'level', 'higher', 'outcome', null),
  cac: /* @__PURE__ */ m('money', 'level', 'lower', 'outcome', null),
  'deal-size': /* @__PURE__ */ m('money', 'level', 'higher', 'outcome', null),
  'cycle-length': /* @__PURE__ */ m('amount', 'level', 'lower', 'outcome', 'days'),
  'coaching-hours': /* @__PURE__ */ m('amount', 'sum', 'higher', 'activity', 'hours'),
  trainings: /* @__PURE__ */ m('count', 'sum', 'higher', 'activity', 'trainings'),
});


const ALIASES: Readonly<Record<string, KnownMetric>> = {
  mql: 'mqls',
  sql: 'sqls',
  'win-rates': 'win-rate',
  'close-rates': 'close-rate',
  'churn-rate': 'churn',
  'lifetime-value': 'ltv',
  'customer-lifetime-value': 'ltv',
  'customer-acquisition-cost': 'cac',
  'average-deal-size': 'deal-size',
  'sales-cycle': 'cycle-length',
  'sales-cycle-length': 'cycle-length',
  'cycle-time': 'cycle-length',
  turnover: 'rep-turnover',
  'booked-demos': 'demos',
  training: 'trainings',
  'training-opportunities': 'trainings',
};

/**
 * The canonical name of a metric: lower case, words joined by `-` (`'Win rate'` → `'win-rate'`,
 * `'MQLs'` → `'mqls'`); a known alias becomes its metric. @internal
 */
export function canonicalMetric(name: string): string {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return Object.hasOwn(ALIASES, key) ? ALIASES[key]! : key;
}

/** The facts of a known metric, or `undefined` for a custom one. @internal */
export function metricInfo(canonical: string): MetricInfo | undefined {
  return Object.hasOwn(KNOWN_METRICS, canonical) ? KNOWN_METRICS[canonical as KnownMetric] : undefined;
}
