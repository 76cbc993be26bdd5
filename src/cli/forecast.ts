import { readFileSync } from 'node:fs';
import { FunnelMathError } from '../errors.js';
import { pipelineForecast, type ForecastAmount, type ForecastProbability, type ForecastSummary, type PipelineForecast } from '../forecast/pipelineForecast.js';
import type { ForecastDeal } from '../forecast/readDeals.js';
import { InFileError, InputError, list, parse, UsageError } from './args.js';
import type { Command } from './commands.js';
import { readJson } from './commands.js';
import { DEAL_FIELD_SET, DEAL_FIELDS, readDeals, readStatusMap } from './deals.js';
import { readMapping } from './mapping.js';

const PERIODS = ['month', 'quarter', 'year'];

/** `demo=40%,proposal=60%` → `{ demo: '40%', proposal: '60%' }`. */
function stageShares(text: string, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of list(text, flag)) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0 || eq === entry.length - 1) throw new UsageError(`--${flag} "${entry}" should be stage=probability, such as "demo=40%"`);
    out[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return out;
}

function money(d: { toFixed(n: number): string }): string {
  const [whole, cents] = d.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
const amountText = (a: ForecastAmount) => (a.resolved ? money(a.value) : `${money(a.lower)} to ${money(a.upper)} (bounds)`);
const chanceText = (p: ForecastProbability) => (p.resolved ? p.value.toPercent(1) : `${(p.lower * 100).toFixed(1)}% to ${(p.upper * 100).toFixed(1)}% (bounds: not resolved to one number)`);

function summaryLines(s: ForecastSummary): string[] {
  return [
    `  open deals ${s.openDeals}, already won ${s.wonDeals} (${money(s.wonAmount)})`,
    `  expected ${money(s.expected)}  (weighted pipeline ${money(s.weightedPipeline)} + won ${money(s.wonAmount)})`,
    `  P10 ${amountText(s.percentiles.p10)}   P50 ${amountText(s.percentiles.p50)}   P90 ${amountText(s.percentiles.p90)}   [${s.amountMethod}]`,
  ];
}

/** The forecast as a person reads it in a terminal. */
export function forecastText(f: PipelineForecast): string {
  const out = [`Forecast for ${f.period.start} to ${f.period.end} (as of ${f.asOf})`, ...summaryLines(f)];
  if (f.quota) {
    out.push(`  quota ${money(f.quota.quota)}: chance ${chanceText(f.quota.probability)}, gap ${money(f.quota.gap)}`);
    if (f.quota.withoutBiggestDeal) out.push(`  without the biggest deal (${f.quota.withoutBiggestDeal.id}): chance ${chanceText(f.quota.withoutBiggestDeal.probability)}`);
  }
  for (const c of f.concentration) {
    if (c.share === null || (c.largest > 1 && c.largest >= f.openDeals)) continue; // "all of them carry 100%" says nothing
    out.push(`  ${c.largest === 1 ? 'the largest deal carries' : `the ${c.largest} largest deals carry`} ${c.share.toPercent(1)} of the expected open pipeline`);
  }
  out.push(`  left out: ${f.excluded.lost} lost, ${f.excluded.wonOutsidePeriod} won outside the period`);
  for (const [title, groups] of [['By rep', f.byRep], ['By category', f.byCategory]] as const) {
    if (groups.length <= 1 && groups[0]?.name === null) continue;
    out.push('', title);
    for (const g of groups) out.push(`${g.name ?? '(none)'}`, ...summaryLines(g));
  }
  return `${out.join('\n')}\n`;
}

export const forecast: Command = {
  summary: 'will the open pipeline make the number: the won amount in a period from a deals export (.csv)',
  help: `Usage: funnel-math forecast <deals.csv> --as-of <date> --period <month|quarter|year|date> [options]

  <deals.csv>     one row per deal (an opportunity) with a header row
  --as-of         the day the pipeline is looked at (ISO)
  --period        month, quarter or year containing --as-of (fiscal, see --fiscal-year-start),
                  or an ISO end date
  --fiscal-year-start  the month the fiscal year starts, 1-12 (default 1)
  --probabilities the chance a deal at each stage is won in the period: "demo=20%,proposal=40%"
                  (a "probability" column overrides it deal by deal)
  --quota         the amount to reach: the chance of reaching it and the gap
  --json          print JSON instead of text

Reading a CRM export (the same mapping rules as report):
  --id, --amount, --stage, --status, --rep, --category, --created-at, --stage-entered-at,
  --close-date, --closed-at, --probability <column>
                  the column holding each field (default: a column of that name, any case, or
                  the CRM's own header: "Opportunity ID", "Close Date", "Forecast Category", …)
  --stage-map     stage values to stage ids: "Proposal/Price Quote=proposal"
  --status-map    status (or stage) values to open, won or lost: "Closed Won=won"
                  (open, won, lost, closed won and closed lost need no entry)
  --date-format, --delimiter, --config <mapping.json>   as for report

Example: funnel-math forecast deals.csv --as-of 2026-11-15 --period quarter --probabilities "demo=20%,proposal=40%,negotiation=70%" --quota 250000
`,
  run(args) {
    const { values, positionals } = parse(
      args,
      {
        'as-of': { type: 'string' },
        period: { type: 'string' },
        'fiscal-year-start': { type: 'string' },
        probabilities: { type: 'string' },
        quota: { type: 'string' },
        json: { type: 'boolean' },
        'stage-map': { type: 'string', multiple: true },
        'status-map': { type: 'string', multiple: true },
        'date-format': { type: 'string' },
        delimiter: { type: 'string' },
        config: { type: 'string' },
        ...Object.fromEntries(DEAL_FIELDS.map((f) => [DEAL_FIELD_SET.option[f], { type: 'string' }] as const)),
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give exactly one deals file');
    const file = positionals[0]!;
    if (values['as-of'] === undefined) throw new UsageError('--as-of is required: the day the pipeline is looked at (2026-11-15)');
    if (values.period === undefined) throw new UsageError('--period is required: month, quarter, year or an end date (2026-12-31)');
    const period = PERIODS.includes(values.period) ? values.period : { end: values.period };
    const config = values.config !== undefined ? { json: readJson(values.config), file: values.config } : null;
    const mapping = readMapping(values, config, null, DEAL_FIELD_SET);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new InputError(`cannot read ${file}: check the path`);
    }
    const { deals, lines } = readDeals(text, mapping, readStatusMap(values['status-map'] ?? []), file);
    const options: Record<string, unknown> = { asOf: values['as-of'], period };
    if (values['fiscal-year-start'] !== undefined) options['fiscalYearStart'] = Number(values['fiscal-year-start']);
    if (values.probabilities !== undefined) options['probabilities'] = stageShares(values.probabilities, 'probabilities');
    if (values.quota !== undefined) options['quota'] = values.quota;
    let result: PipelineForecast;
    try {
      result = pipelineForecast(deals as unknown as ForecastDeal[], options as never);
    } catch (error) {
      if (!(error instanceof FunnelMathError)) throw error;
      const [first, index] = error.path;
      // a deal's cell is the file's fault (its line); an option is the command line's
      if (first === 'deals' && typeof index === 'number') throw new InFileError(`${file} line ${lines[index]}`, { code: error.code, path: error.path.slice(2), message: error.message });
      const option = error.path[1];
      throw new UsageError(`${typeof option === 'string' ? `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${error.message}`);
    }
    return { stdout: values.json ? `${JSON.stringify(result, null, 2)}\n` : forecastText(result), code: 0 };
  },
};
