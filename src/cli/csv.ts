/**
 * A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF), fed chunk by
 * chunk so a large activity log never has to fit in memory.
 */
export class CsvReader {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCR = false;
  /** The line of the file being read, from 1, and the line the current row started on. */
  private line = 1;
  private rowLine = 1;
  private lastCR = false;

  /** Feeds a chunk; calls `onRow` for every complete row, with the line of the file it starts on (from 1). */
  push(chunk: string, onRow: (row: string[], line: number) => void): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      // lines of the file, counted as a text editor does: CRLF, LF or CR, inside quotes too
      const crlf = this.lastCR && c === '\n';
      this.lastCR = c === '\r';
      if ((c === '\n' && !crlf) || c === '\r') this.line++;
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else this.field += c;
        continue;
      }
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === '\n') continue;
      }
      if (c === '"') {
        if (this.afterQuote) this.field += '"'; // a doubled quote inside a quoted field
        this.quoted = true;
        this.afterQuote = false;
      } else if (c === ',') {
        this.endField();
      } else if (c === '\n' || c === '\r') {
        this.pendingCR = c === '\r';
        this.endRow(onRow);
        this.rowLine = this.line;
      } else {
        this.afterQuote = false;
        this.field += c;
      }
    }
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
