import { InFileError, InputError, UsageError } from './args.js';
import { CsvReader, detectDelimiter } from './csv.js';
import { readDate, type DateReading } from './dates.js';
import { locateColumns, type FieldSet, type Mapping } from './mapping.js';

/**
 * Open deals from a CRM export: one row per deal (an opportunity), read with the same column
 * mapping rules as the activity-log report (`--id "Opportunity ID"`, `--stage-map`, `--date-format`,
 * `--config`), into the deal objects `pipelineForecast` takes. Deal exports are small (thousands
 * of rows), so the file is read whole.
 */

export const DEAL_FIELDS = ['id', 'amount', 'stage', 'status', 'rep', 'category', 'createdAt', 'stageEnteredAt', 'expectedCloseAt', 'closedAt', 'probability'] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

/** The fields of a deal, the option naming each one's column, and the headers CRMs export them under. */
export const DEAL_FIELD_SET: FieldSet<DealField> = {
  fields: DEAL_FIELDS,
  required: ['id', 'amount', 'stage'],
  option: {
    id: 'id',
    amount: 'amount',
    stage: 'stage',
    status: 'status',
    rep: 'rep',
    category: 'category',
    createdAt: 'created-at',
    stageEnteredAt: 'stage-entered-at',
    expectedCloseAt: 'close-date',
    closedAt: 'closed-at',
    probability: 'probability',
  },
  // Salesforce, HubSpot and Pipedrive export headers for the same fields
  aliases: {
    id: ['opportunity id', 'deal id', 'record id'],
    amount: ['deal value', 'value', 'deal amount'],
    stage: ['deal stage', 'stage name', 'pipeline stage'],
    rep: ['opportunity owner', 'deal owner', 'owner'],
    category: ['forecast category'],
    createdAt: ['created date', 'create date', 'deal created'],
    stageEnteredAt: ['stage entered', 'last stage change date', 'last stage change'],
    expectedCloseAt: ['close date', 'expected close date'],
    closedAt: ['closed date', 'won time', 'won date'],
    probability: ['probability (%)', 'deal probability'],
  },
};

/** Status words a CRM writes, lower case, to the deal status they mean; `--status-map` adds more. */
const STATUS_WORDS: Readonly<Record<string, 'open' | 'won' | 'lost'>> = {
  open: 'open',
  won: 'won',
  'closed won': 'won',
  lost: 'lost',
  'closed lost': 'lost',
};

/** `--status-map "Closed - Won=won,Dead=lost"`: values of the status (or stage) column to open, won or lost. */
export function readStatusMap(entries: readonly string[]): Map<string, 'open' | 'won' | 'lost'> {
  const map = new Map<string, 'open' | 'won' | 'lost'>(Object.entries(STATUS_WORDS));
  for (const entry of entries) {
    const eq = entry.lastIndexOf('=');
    const status = entry.slice(eq + 1).trim().toLowerCase();
    if (eq <= 0 || (status !== 'open' && status !== 'won' && status !== 'lost')) throw new UsageError(`--status-map "${entry}" should be value=open, value=won or value=lost, such as "Closed Won=won"`);
    map.set(entry.slice(0, eq).trim().toLowerCase(), status);
  }
  return map;
}

/** A deal as read from a row: text cells under the field names, `status` resolved, dates in ISO. */
export type DealRow = { -readonly [F in DealField]?: string };

const DATE_FIELDS: readonly DealField[] = ['createdAt', 'stageEnteredAt', 'expectedCloseAt', 'closedAt'];

/**
 * An amount as CRMs export it, as the library reads numbers: a currency sign and spaces dropped, and
 * commas dropped where they can only group thousands (`"12,000.00"`, `"$1,250,000"`). Anything else
 * is passed on as written, so the library's message names the cell (a decimal comma is not guessed:
 * "12,500" could be either).
 */
export function plainAmount(cell: string): string {
  const bare = cell.replace(/^[$€£¥]\s*|\s*[$€£¥]$/gu, '').replace(/^([A-Z]{3})\s+|\s+([A-Z]{3})$/g, '').trim();
  return /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(bare) && /\.|,\d{3},/.test(bare) ? bare.replace(/,/g, '') : bare;
}

/** The lines of the file each deal came from, for messages about a deal. */
export interface DealsRead {
  readonly deals: DealRow[];
  readonly lines: number[];
  readonly delimiter: string;
}

/**
 * Reads a deals CSV into rows. A stage value goes through the mapping's `stageMap` (a value equal
 * to a stage id in any case needs no entry); a won or lost stage ("Closed Won") with no status
 * column gives the status, and a won or lost deal without a closed date closed on its close date
 * (CRMs keep one). A blank optional cell is absent, never zero.
 */
export function readDeals(text: string, mapping: Mapping<DealField>, statusMap: ReadonlyMap<string, 'open' | 'won' | 'lost'>, name: string): DealsRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.search(/\r?\n/);
  const delimiter = mapping.delimiter ?? detectDelimiter(firstBreak < 0 ? body : body.slice(0, firstBreak));
  const reader = new CsvReader(delimiter);
  const rows: { row: string[]; line: number }[] = [];
  const onRow = (row: string[], line: number) => rows.push({ row, line });
  reader.push(body, onRow);
  reader.end(onRow);
  if (rows.length === 0) throw new InputError(`${name} is empty: it should start with a header row (id, amount, stage, …)`);
  const header = rows[0]!.row.map((h) => h.trim());
  const at = locateColumns(header, mapping, name, DEAL_FIELD_SET);
  const dates: DateReading = { order: mapping.dateFormat?.order ?? null, format: mapping.dateFormat?.text ?? null, timeZone: mapping.timeZone };
  const stages = mapping.stages;
  const deals: DealRow[] = [];
  const lines: number[] = [];
  for (const { row, line } of rows.slice(1)) {
    const deal: DealRow = {};
    for (const field of DEAL_FIELDS) {
      const k = at[field];
      if (k < 0) continue;
      const cell = (row[k] ?? '').trim();
      if (cell === '') continue;
      deal[field] = cell;
    }
    const refuse = (column: DealField, message: string): never => {
      throw new InFileError(`${name} line ${line}`, { code: 'INVALID_INPUT', path: [column], message: `column "${header[at[column]]}": ${message}` });
    };
    if (deal.stage !== undefined) {
      const key = deal.stage.toLowerCase();
      const stageStatus = statusMap.get(key);
      const mapped = mapping.stageMap.get(key) ?? stages?.find((s) => s.toLowerCase() === key);
      if (mapped !== undefined) deal.stage = mapped;
      else if (stageStatus !== undefined && stageStatus !== 'open' && deal.status === undefined) deal.status = stageStatus;
    }
    if (deal.status !== undefined) {
      const status = statusMap.get(deal.status.toLowerCase());
      if (status === undefined) refuse('status', `"${deal.status}" is not a status: give open, won or lost, or map it with --status-map "${deal.status}=won"`);
      deal.status = status;
    }
    if (deal.amount !== undefined) deal.amount = plainAmount(deal.amount);
    if (deal.probability !== undefined && /^\d+(?:[.,]\d+)?$/.test(deal.probability)) deal.probability = `${deal.probability.replace(',', '.')}%`; // CRMs export 40 for 40%
    for (const field of DATE_FIELDS) {
      const cell = deal[field];
      if (cell === undefined) continue;
      const read = readDate(cell, dates);
      if (typeof read !== 'string') {
        const why =
          read.kind === 'ambiguous'
            ? `"${cell}" can be read as ${read.readings.join(' or ')}; say which with --date-format`
            : read.kind === 'needs-format'
              ? `"${cell}" looks like ${read.reading}; say so with --date-format ${read.format}`
              : read.kind === 'no-such-day'
                ? `"${cell}" is not a day of the calendar`
                : `"${cell}" is not written as ${dates.format}`;
        refuse(field, why);
      }
      deal[field] = (read as string).slice(0, 10);
    }
    // CRMs keep one close date: expected while a deal is open, actual once it is won or lost
    if (deal.status !== undefined && deal.status !== 'open' && deal.closedAt === undefined && deal.expectedCloseAt !== undefined) deal.closedAt = deal.expectedCloseAt;
    deals.push(deal);
    lines.push(line);
  }
  return { deals, lines, delimiter };
}
