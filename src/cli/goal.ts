import { validateSmart, type SmartContext, type SmartReport } from '../goals/validateSmart.js';
import type { GoalInput } from '../goals/goalTypes.js';
import { isPlainObject } from '../schema.js';
import { parse, UsageError } from './args.js';
import { readJson, type Command } from './commands.js';

/** Exit code when the goal fails a SMART criterion (or warns, with --strict). */
export const GOAL_FAILS = 3;

export const goalCheck: Command = {
  summary: 'check a SMART goal with numbers (verdict, findings)',
  help: `Usage: funnel-math goal check <goal.json> [--strict] [--json]

  <goal.json>  a goal, or { "goal": {...}, "context": {...} } with history, funnel, rates, capacity
  --strict     exit ${GOAL_FAILS} on a warning too
  --json       print the full report as JSON (with each finding's stable code and data)

Exit codes: 0 the goal passes (or only warns), ${GOAL_FAILS} it fails a criterion, 1 the file cannot be used.

Example goal.json:
  { "goal": { "title": "Grow revenue", "metric": "revenue", "unit": "USD", "kind": "outcome", "target": "+10%",
              "baseline": { "value": 700000, "period": "2025" }, "start": "2026-01-01",
              "deadline": "2026-12-31", "owner": "Sales team", "method": "consultative selling",
              "checkIn": "monthly" },
    "context": { "history": [{ "period": "2024", "value": 640000 }, { "period": "2025", "value": 700000 }] } }
`,
  run(args) {
    const { values, positionals } = parse(args, { strict: { type: 'boolean' }, json: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('give exactly one goal file');
    const input = readJson(positionals[0]!);
    const wrapped = isPlainObject(input) && 'goal' in input;
    const goal = (wrapped ? input['goal'] : input) as GoalInput;
    const context = (wrapped ? input['context'] : undefined) as SmartContext | undefined;
    const report = validateSmart(goal, context);
    const code = report.verdict === 'fail' || (values.strict && report.verdict === 'warn') ? GOAL_FAILS : 0;
    const title = isPlainObject(goal) && typeof goal['title'] === 'string' ? goal['title'] : null;
    return { stdout: values.json ? `${JSON.stringify(report, null, 2)}\n` : `${inWords(report, title)}\n`, code };
  },
};

const CRITERION_NAMES = { specific: 'Specific', measurable: 'Measurable', achievable: 'Achievable', realistic: 'Realistic', timeBound: 'Time-bound' } as const;

/** A SMART check as a manager reads it: a verdict in a sentence, each criterion in words with what was found, no codes. */
export function inWords(report: SmartReport, title: string | null): string {
  const entries = Object.entries(report.criteria) as [keyof typeof CRITERION_NAMES, SmartReport['criteria'][keyof typeof CRITERION_NAMES]][];
  const failing = entries.filter(([, c]) => c.verdict === 'fail').length;
  const warnings = report.findings.filter((f) => f.severity === 'warn').length;
  const goal = title !== null ? `The goal "${title}"` : 'The goal';
  const headline =
    report.verdict === 'fail'
      ? `${goal} is not SMART yet: ${failing === 1 ? '1 criterion fails' : `${failing} criteria fail`}.`
      : report.verdict === 'warn'
        ? `${goal} is SMART, with ${warnings === 1 ? 'a warning' : `${warnings} warnings`} to look at.`
        : `${goal} is SMART: it passes every criterion checked.`;
  const width = Math.max(...Object.values(CRITERION_NAMES).map((n) => n.length));
  const lines = entries.flatMap(([key, c]) => {
    const verdict = !c.checked ? 'not checked' : c.verdict === 'fail' ? 'fails' : c.verdict === 'warn' ? 'passes, with a warning' : 'passes';
    return [`  ${CRITERION_NAMES[key].padEnd(width)}  ${verdict}`, ...c.findings.map((f) => `      ${f.message}`)];
  });
  return [headline, '', ...lines].join('\n');
}
