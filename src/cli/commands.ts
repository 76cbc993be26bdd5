import { readFileSync } from 'node:fs';
import { schedule, type SchedulePer } from '../calendar/schedule.js';
import { defineFunnel } from '../funnel/defineFunnel.js';
import { requiredActivity, type Rounding } from '../plan/requiredActivity.js';
import { funnelFromCounts } from '../rates/funnelFromCounts.js';
import { toText } from '../render/text.js';
import { InputError, list, parse, required, UsageError } from './args.js';

/** What a command prints and how the process should end. */
export interface CommandResult {
  readonly stdout: string;
  readonly code: number;
}

/** What a command may use of the process: standard error (for progress) and standard input (for `-`). */
export interface CommandIO {
  readonly stderrIsTTY: boolean;
  readonly stderr: (s: string) => void;
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTTY?: boolean;
  /** The most bytes the CSV reader is given at a time (tests give small ones: any cut must read the same). */
  readonly chunkSize?: number;
}

export interface Command {
  readonly summary: string;
  readonly help: string;
  run(args: string[], io: CommandIO): Promise<CommandResult> | CommandResult;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const plan: Command = {
  summary: 'the activity a goal needs at every stage (the reverse funnel), optionally spread over a calendar',
  help: `Usage: funnel-math plan --stages <ids> --rates <rates> --goal <n> [options]

  --stages     stage ids, top first, comma-separated: call,appointment,sale
  --rates      the rate into each stage after the first, comma-separated: 15%,1/3
  --goal       the number wanted at the last stage
  --revenue    instead of --goal: revenue wanted (with --deal-size)
  --deal-size  average deal size, with --revenue
  --rounding   each-stage (default) or once
  --start, --end   spread the plan over working days between these ISO dates
  --per        day, week or month (default month), with --start/--end
  --holidays   comma-separated ISO dates off
  --json       print JSON instead of tables

Example: funnel-math plan --stages call,appointment,sale --rates 15%,1/3 --goal 50 --start 2026-11-01 --end 2026-11-30
`,
  run(args) {
    const { values } = parse(args, {
      stages: { type: 'string' },
      rates: { type: 'string' },
      goal: { type: 'string' },
      revenue: { type: 'string' },
      'deal-size': { type: 'string' },
      rounding: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      per: { type: 'string' },
      holidays: { type: 'string' },
      json: { type: 'boolean' },
    });
    const funnel = defineFunnel(list(values.stages, 'stages'));
    const goal =
      values.revenue !== undefined
        ? { revenue: values.revenue, averageDealSize: required(values['deal-size'], 'deal-size') }
        : required(values.goal, 'goal');
    const result = requiredActivity(funnel, { goal, rates: list(values.rates, 'rates'), rounding: values.rounding as Rounding | undefined });
    if ((values.start === undefined) !== (values.end === undefined)) throw new UsageError('--start and --end go together');
    const calendar =
      values.start !== undefined
        ? schedule(result, {
            start: values.start,
            end: values.end!,
            per: (values.per ?? 'month') as SchedulePer,
            holidays: values.holidays ? list(values.holidays, 'holidays') : [],
          })
        : undefined;
    if (values.json) return { stdout: json(calendar ? { plan: result, schedule: calendar } : result), code: 0 };
    return { stdout: `${toText(result)}${calendar ? `\n\n${toText(calendar)}` : ''}\n`, code: 0 };
  },
};

export const rates: Command = {
  summary: 'conversion rates from stage counts, each against its denominator',
  help: `Usage: funnel-math rates --stages <ids> --counts <counts> [--json]

  --stages  stage ids, top first, comma-separated: contact,meeting,sale
  --counts  the count at each stage, comma-separated: 60,15,10
  --json    print JSON instead of a table

Example: funnel-math rates --stages contact,meeting,sale --counts 60,15,10
`,
  run(args) {
    const { values } = parse(args, { stages: { type: 'string' }, counts: { type: 'string' }, json: { type: 'boolean' } });
    const report = funnelFromCounts(defineFunnel(list(values.stages, 'stages')), list(values.counts, 'counts'));
    return { stdout: values.json ? json(report) : `${toText(report)}\n`, code: 0 };
  },
};

/** Reads a JSON file given on the command line, with errors a user can act on. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`cannot read ${file}: check the path`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
