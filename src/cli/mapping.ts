import { suggestKey } from '../messages/suggest.js';
import { isPlainObject } from '../schema.js';
import { InputError, UsageError } from './args.js';
import { DELIMITERS } from './csv.js';
import { checkTimeZone, DATE_FORMATS, dateOrderOf, type DateOrder } from './dates.js';

/**
 * How a CRM export maps onto activity records: which column holds each field, which activity
 * types are which stage, which types to leave out, how dates are written. Given on the command
 * line (`--prospect "Contact ID" --stage-map "Call=call"`) or in a JSON file (`--config`), the
 * command line winning key by key.
 */

/**
 * The fields of an activity record, in the order the help lists them, and `time`: a time of day
 * in a column of its own (Pipedrive's "Activity - Due time"), read with the date in `at`.
 */
export const FIELDS = ['prospect', 'stage', 'at', 'time', 'rep', 'source', 'isNew', 'value', 'reason'] as const;
export type Field = (typeof FIELDS)[number];
export const REQUIRED_FIELDS: readonly Field[] = ['prospect', 'stage', 'at'];
/** The option that names each field's column. */
export const FIELD_OPTION: Readonly<Record<Field, string>> = {
  prospect: 'prospect',
  stage: 'stage',
  at: 'at',
  time: 'time',
  rep: 'rep',
  source: 'source',
  isNew: 'is-new',
  value: 'value',
  reason: 'reason',
};

/**
 * The fields a command reads from a CSV export: their names (in the order the help lists them),
 * the ones a file must have, and the option that names each one's column. Activity logs and open
 * deals are read with the same mapping rules, each with its own fields.
 */
export interface FieldSet<F extends string> {
  readonly fields: readonly F[];
  readonly required: readonly F[];
  readonly option: Readonly<Record<F, string>>;
  /** Other header names a field is found under when no option names its column (lower case): a CRM's own words, such as "close date". */
  readonly aliases?: Readonly<Partial<Record<F, readonly string[]>>>;
}

/** The fields of an activity record (the `report` command). */
export const ACTIVITY_FIELDS: FieldSet<Field> = { fields: FIELDS, required: REQUIRED_FIELDS, option: FIELD_OPTION };

export interface Mapping<F extends string = Field> {
  /** The column named for each field, and where it was named (`--prospect`, `"columns"` of the file). */
  readonly columns: Partial<Record<F, { readonly name: string; readonly from: string }>>;
  /** Stage values (lower case, trimmed) to the funnel's stage ids. */
  readonly stageMap: ReadonlyMap<string, string>;
  /** Activity types to leave out (lower case, trimmed) to the spelling the user gave. */
  readonly exclude: ReadonlyMap<string, string>;
  readonly dateFormat: { readonly order: DateOrder; readonly text: string } | null;
  readonly timeZone: string | null;
  readonly delimiter: string | null;
  readonly stages: readonly string[] | null;
}

/** The keys of a mapping file. */
const CONFIG_KEYS = ['stages', 'columns', 'stageMap', 'excludeTypes', 'dateFormat', 'timeZone', 'delimiter'] as const;

/** The command's parsed flags (`--prospect`, `--stage-map`, …). */
export type MappingFlags = { readonly [option: string]: string | readonly string[] | boolean | undefined };

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : String(v));

function unknownKey(where: string, key: string, accepted: readonly string[]): string {
  const guess = suggestKey(key, accepted);
  return `${where} has no key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; the keys are ${accepted.join(', ')}`;
}

/** The values of an option that may be repeated and comma-separated (`--exclude-type Email,Note --exclude-type Task`). */
function many(value: MappingFlags[string]): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return (typeof value === 'string' ? [value] : value).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** Reads a mapping file's JSON; every mistake names the key and exits 1 (the file is input). */
function fromFile(json: unknown, file: string): Partial<Record<(typeof CONFIG_KEYS)[number], unknown>> {
  if (!isPlainObject(json)) throw new InputError(`${file} should hold a JSON object such as { "columns": { "prospect": "Contact ID" } }; got ${describe(json)}`);
  for (const key of Object.keys(json)) if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new InputError(unknownKey(file, key, CONFIG_KEYS));
  return json;
}

const textOf = (v: unknown, where: string, what: string, bad: (m: string) => Error): string => {
  if (typeof v !== 'string' || v.trim() === '') throw bad(`${where} should be ${what}; got ${describe(v)}`);
  return v.trim();
};

/**
 * The mapping from a command's flags and an optional mapping file. Mistakes in the flags are
 * usage (exit 2); mistakes in the file make it unusable input (exit 1). Stage names in
 * `stageMap` are checked against the funnel's stages.
 */
export function readMapping<F extends string = Field>(
  flags: MappingFlags,
  config: { json: unknown; file: string } | null,
  stagesFlag: readonly string[] | null,
  fieldSet: FieldSet<F> = ACTIVITY_FIELDS as unknown as FieldSet<F>,
): Mapping<F> {
  const { fields, option } = fieldSet;
  const file = config ? fromFile(config.json, config.file) : {};
  const inFile = (m: string) => new InputError(m);
  const inFlag = (m: string) => new UsageError(m);
  const where = (key: string) => `"${key}" in ${config?.file}`;

  let stages: string[] | null = stagesFlag ? [...stagesFlag] : null;
  if (!stages && file.stages !== undefined) {
    if (!Array.isArray(file.stages) || file.stages.length === 0) throw inFile(`${where('stages')} should be a list of stage ids, top first, such as ["call", "meeting", "sale"]; got ${describe(file.stages)}`);
    stages = file.stages.map((s, i) => textOf(s, `stage ${i + 1} of ${where('stages')}`, 'a stage id (text)', inFile));
  }

  const columns: Partial<Record<F, { name: string; from: string }>> = {};
  if (file.columns !== undefined) {
    if (!isPlainObject(file.columns)) throw inFile(`${where('columns')} should be an object of field: column name, such as { "prospect": "Contact ID" }; got ${describe(file.columns)}`);
    for (const [key, v] of Object.entries(file.columns)) {
      if (!(fields as readonly string[]).includes(key)) throw inFile(unknownKey(where('columns'), key, fields));
      columns[key as F] = { name: textOf(v, `"${key}" of ${where('columns')}`, 'the name of a column (text)', inFile), from: `"${key}" of "columns" in ${config?.file}` };
    }
  }
  for (const field of fields) {
    const v = flags[option[field]];
    if (typeof v === 'string') columns[field] = { name: textOf(v, `--${option[field]}`, 'the name of a column', inFlag), from: `--${option[field]}` };
  }

  const stageMap = new Map<string, string>();
  const target = (stage: string, from: string, bad: (m: string) => Error): string => {
    if (!stages) return stage;
    if (stages.includes(stage)) return stage;
    const exact = stages.find((s) => s.toLowerCase() === stage.toLowerCase());
    if (exact) return exact;
    const guess = suggestKey(stage, stages);
    throw bad(`${from} maps to "${stage}", which is not a stage of this funnel (${stages.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}`);
  };
  if (file.stageMap !== undefined) {
    if (!isPlainObject(file.stageMap)) throw inFile(`${where('stageMap')} should be an object of value in the file: stage, such as { "Meeting Booked": "meeting" }; got ${describe(file.stageMap)}`);
    for (const [value, stage] of Object.entries(file.stageMap)) {
      const from = `"${value}" of ${where('stageMap')}`;
      stageMap.set(value.trim().toLowerCase(), target(textOf(stage, from, 'a stage id (text)', inFile), from, inFile));
    }
  }
  for (const entry of many(flags['stage-map'])) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0 || eq === entry.length - 1) throw inFlag(`--stage-map "${entry}" should be value=stage, such as "Meeting Booked=meeting"`);
    const value = entry.slice(0, eq).trim();
    stageMap.set(value.toLowerCase(), target(entry.slice(eq + 1).trim(), `--stage-map "${entry}"`, inFlag));
  }

  const exclude = new Map<string, string>();
  if (file.excludeTypes !== undefined) {
    if (!Array.isArray(file.excludeTypes)) throw inFile(`${where('excludeTypes')} should be a list of activity types, such as ["Email", "Note"]; got ${describe(file.excludeTypes)}`);
    file.excludeTypes.forEach((t, i) => {
      const type = textOf(t, `type ${i + 1} of ${where('excludeTypes')}`, 'an activity type (text)', inFile);
      exclude.set(type.toLowerCase(), type);
    });
  }
  for (const type of many(flags['exclude-type'])) exclude.set(type.toLowerCase(), type);
  for (const [key, type] of exclude) {
    if (stageMap.has(key)) {
      throw (config && !many(flags['exclude-type']).some((t) => t.toLowerCase() === key) ? inFile : inFlag)(`"${type}" is both left out (excluded) and mapped to the stage "${stageMap.get(key)}": keep one`);
    }
  }

  const dateFormat = (() => {
    const flag = typeof flags['date-format'] === 'string' ? flags['date-format'] : undefined;
    const text = flag ?? (file.dateFormat !== undefined ? textOf(file.dateFormat, where('dateFormat'), `a date format: ${DATE_FORMATS}`, inFile) : undefined);
    if (text === undefined) return null;
    const order = dateOrderOf(text);
    if (!order) throw (flag !== undefined ? inFlag : inFile)(`${flag !== undefined ? '--date-format' : `${where('dateFormat')}:`} "${text}" is not a date format: give ${DATE_FORMATS}`);
    return { order, text };
  })();

  const timeZone = (() => {
    const flag = typeof flags['time-zone'] === 'string' ? flags['time-zone'] : undefined;
    if (flag !== undefined) return checkTimeZone(flag, '--time-zone');
    if (file.timeZone === undefined) return null;
    const text = textOf(file.timeZone, where('timeZone'), 'a time zone such as UTC, +01:00 or Europe/London', inFile);
    try {
      return checkTimeZone(text, `${where('timeZone')}:`);
    } catch (error) {
      throw inFile((error as Error).message);
    }
  })();

  const delimiter = (() => {
    const flag = typeof flags.delimiter === 'string' ? flags.delimiter : undefined;
    const text = flag ?? (file.delimiter !== undefined ? (typeof file.delimiter === 'string' ? file.delimiter : describe(file.delimiter)) : undefined);
    if (text === undefined) return null;
    const d = Object.hasOwn(DELIMITERS, text) ? DELIMITERS[text] : Object.hasOwn(DELIMITERS, text.trim().toLowerCase()) ? DELIMITERS[text.trim().toLowerCase()] : undefined;
    if (d === undefined) throw (flag !== undefined ? inFlag : inFile)(`${flag !== undefined ? '--delimiter' : `${where('delimiter')}:`} "${text}" is not a separator: give , ; tab or |`);
    return d;
  })();

  return { columns, stageMap, exclude, dateFormat, timeZone, delimiter, stages };
}

/** Where each field is in the header row (or -1), by the mapping: exact name first, then the only one equal ignoring case. */
export function locateColumns<F extends string = Field>(
  header: readonly string[],
  mapping: Mapping<F>,
  file: string,
  fieldSet: FieldSet<F> = ACTIVITY_FIELDS as unknown as FieldSet<F>,
): Record<F, number> {
  const { fields, required, option, aliases } = fieldSet;
  const lower = header.map((h) => h.toLowerCase());
  const find = (name: string): number[] => {
    const exact = header.flatMap((h, i) => (h === name ? [i] : []));
    return exact.length > 0 ? exact : lower.flatMap((h, i) => (h === name.toLowerCase() ? [i] : []));
  };
  const columnsText = header.map((h) => `"${h}"`).join(', ');
  const at = {} as Record<F, number>;
  const missing: F[] = [];
  for (const field of fields) {
    const named = mapping.columns[field];
    let found = find(named?.name ?? field);
    // a CRM's own header for the field, when the field's name is not a column: the first alias present
    if (!named && found.length === 0) for (const alias of aliases?.[field] ?? []) if (found.length === 0) found = find(alias);
    if (found.length > 1) throw new InputError(`${file}: the header row has ${found.length} columns named "${named?.name ?? field}" (columns ${found.map((i) => i + 1).join(' and ')}); rename one in the file`);
    if (found.length === 1) {
      at[field] = found[0]!;
      continue;
    }
    at[field] = -1;
    if (named) {
      const guess = suggestKey(named.name, header);
      throw new InputError(`${file}: the header row has no column "${named.name}" (named with ${named.from})${guess ? `; did you mean "${guess}"?` : '.'} Its columns are ${columnsText}.`);
    }
    if (required.includes(field)) missing.push(field);
  }
  if (missing.length > 0) {
    throw new InputError(
      `${file}: the header row lacks ${missing.join(', ')} (it has ${header.join(', ')}); name the columns to use with ${missing.map((f) => `--${option[f]}`).join(', ')}`,
    );
  }
  return at;
}
