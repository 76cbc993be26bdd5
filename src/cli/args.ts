import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: exit code 2 and the command's help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * A file that cannot be used as given (missing, not JSON, no header row): the input's fault, not the
 * command line's, so exit 1 with the reason and no help text.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Why a record was refused: a FunnelMathError of the library, or a cell the command line could not read. */
export interface Refusal {
  readonly message: string;
  readonly code: string;
  readonly path: readonly (string | number)[];
}

/** A record refused, with where it is in the user's file ("log.csv line 5"). */
export class InFileError extends Error {
  override readonly name = 'InFileError';
  constructor(
    readonly where: string,
    readonly refusal: Refusal,
  ) {
    super(`${where}: ${refusal.message}`);
  }
}

type OptionSpec = { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean };
type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

/** Parses a command's arguments; unknown options and missing values become a {@link UsageError}. */
export function parse<const O extends Record<string, OptionSpec>>(
  args: string[],
  options: O,
  allowPositionals = false,
): { values: Values<O>; positionals: string[] } {
  try {
    const config = { args, options: { ...options, help: { type: 'boolean', short: 'h' } } as ParseArgsConfig['options'], allowPositionals, strict: true };
    const { values, positionals } = parseArgs(config);
    return { values: values as Values<O>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^TypeError \[\w+\]: /, '') : String(error));
  }
}

/** A comma-separated list: `call,appointment,sale`. */
export function list(value: string | undefined, name: string): string[] {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.split(',').map((s) => s.trim());
}

/** A required option's value. */
export function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}
