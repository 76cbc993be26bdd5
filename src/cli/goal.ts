import { validateSmart, type SmartContext } from '../goals/validateSmart.js';
import type { GoalInput } from '../goals/goalTypes.js';
import { toText } from '../render/text.js';
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
  --json       print the full report as JSON

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
    return { stdout: values.json ? `${JSON.stringify(report, null, 2)}\n` : `${toText(report)}\n`, code };
  },
};
