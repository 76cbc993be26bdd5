import { FunnelMathError } from '../errors.js';
import { InFileError, InputError, UsageError } from './args.js';
import * as commands from './commands.js';
import type { Command, CommandIO } from './commands.js';
import { forecast } from './forecast.js';
import { goalCheck } from './goal.js';
import { report } from './report.js';

/** The commands, by name; a nested command ("goal check") is written with a space. */
const COMMANDS: Record<string, Command> = {
  plan: commands.plan,
  rates: commands.rates,
  report,
  forecast,
  'goal check': goalCheck,
};

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return `funnel-math ${VERSION}: the arithmetic of sales funnels, exact and honest.

Usage: funnel-math <command> [options]     (funnel-math <command> --help for details)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Exit codes: 0 done, 1 the input cannot be used (the message says why), 2 wrong usage,
3 a goal fails its check.
`;
}

/**
 * Runs the command line and returns the exit code. User mistakes print a message and no stack
 * trace; anything else is a bug and says so.
 */
export async function main(
  argv: string[],
  io: CommandIO & { readonly stdout: (s: string) => void },
): Promise<number> {
  const [first, second, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const nested = second !== undefined ? `${first} ${second}` : '';
  const name = nested in COMMANDS ? nested : first;
  const command = COMMANDS[name];
  const args = name === nested ? rest : argv.slice(1);
  if (!command) {
    // the first word of nested commands ("goal" of "goal check"): name them, with their help if asked
    const under = Object.keys(COMMANDS).filter((key) => key.startsWith(`${first} `));
    if (under.length > 0) {
      const asked = second === '--help' || second === '-h';
      const text = under.map((key) => COMMANDS[key]!.help).join('\n');
      if (asked) io.stdout(text);
      else io.stderr(`funnel-math ${first}: give one of ${under.map((key) => `"${key}"`).join(', ')}\n\n${text}`);
      return asked ? 0 : 2;
    }
    io.stderr(`funnel-math: unknown command "${first}"\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    const result = await command.run(args, io);
    io.stdout(result.stdout);
    return result.code;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`funnel-math ${name}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.stderr(`funnel-math ${name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    if (error instanceof FunnelMathError || error instanceof InFileError) {
      const refusal = error instanceof InFileError ? error.refusal : error;
      io.stderr(`funnel-math ${name}: ${error.message}${refusal.path.length ? ` [${refusal.code} at ${refusal.path.join('.')}]` : ` [${refusal.code}]`}\n`);
      return 1;
    }
    io.stderr(`funnel-math ${name}: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}
