/** The field separators an export may use, by the names a person types for them. */
export const DELIMITERS: Readonly<Record<string, string>> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|', pipe: '|' };

/** How a separator is named in a message. */
export const delimiterName = (d: string): string => (d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : `"${d}"`);

/**
 * The separator of a file, told from its header line: the one of comma, semicolon and tab that
 * occurs most often outside quotes (a tie, or none of them, is a comma). Spreadsheets in locales
 * whose decimal mark is a comma write semicolons; "Unicode text" files are tab-separated.
 */
export function detectDelimiter(headerLine: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/**
 * A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF), fed chunk by
 * chunk so a large activity log never has to fit in memory. The separator is a comma unless told
 * otherwise (`;` or a tab, see {@link detectDelimiter}).
 */
export class CsvReader {
  /** `firstLine`: the line of the file the text fed starts on (2 after a line left out before it). */
  constructor(
    private readonly delimiter = ',',
    firstLine = 1,
  ) {
    this.line = firstLine;
    this.rowLine = firstLine;
  }

  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  /** The line of the file being read, from 1, and the line the current row started on. */
  private line: number;
  private rowLine: number;
  /** Whether the last chunk ended with a CR (its LF may start the next chunk). */
  private endedCR = false;

  /** Feeds a chunk; calls `onRow` for every complete row, with the line of the file it starts on (from 1). */
  push(chunk: string, onRow: (row: string[], line: number) => void): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          this.field += c;
          // a line break inside a quoted field is still a line of the file
          if ((c === '\n' && !this.afterCR(chunk, i)) || c === '\r') this.line++;
        }
        continue;
      }
      if (c === '"') {
        if (this.afterQuote) this.field += '"'; // a doubled quote inside a quoted field
        this.quoted = true;
        this.afterQuote = false;
      } else if (c === this.delimiter) {
        this.endField();
      } else if (c === '\n' || c === '\r') {
        // the LF of a CRLF ended the row at its CR
        if (c === '\n' && this.afterCR(chunk, i)) continue;
        this.endRow(onRow);
        this.line++;
        this.rowLine = this.line;
      } else {
        this.afterQuote = false;
        this.field += c;
      }
    }
    if (chunk.length > 0) this.endedCR = chunk.charCodeAt(chunk.length - 1) === 13;
  }

  /** Whether the character before `chunk[i]` (in this chunk or at the end of the last one) is a CR. */
  private afterCR(chunk: string, i: number): boolean {
    return i > 0 ? chunk.charCodeAt(i - 1) === 13 : this.endedCR;
  }

  /** Flushes a last row without a line break. */
  end(onRow: (row: string[], line: number) => void): void {
    if (this.field !== '' || this.row.length > 0) this.endRow(onRow);
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.afterQuote = false;
  }

  private endRow(onRow: (row: string[], line: number) => void): void {
    this.endField();
    const row = this.row;
    this.row = [];
    if (!(row.length === 1 && row[0] === '')) onRow(row, this.rowLine); // skip blank lines
  }
}
