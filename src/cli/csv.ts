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

  /** Feeds a chunk; calls `onRow` for every complete row. */
  push(chunk: string, onRow: (row: string[]) => void): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
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
      } else {
        this.afterQuote = false;
        this.field += c;
      }
    }
  }

  /** Flushes a last row without a line break. */
  end(onRow: (row: string[]) => void): void {
    if (this.field !== '' || this.row.length > 0) this.endRow(onRow);
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.afterQuote = false;
  }

  private endRow(onRow: (row: string[]) => void): void {
    this.endField();
    const row = this.row;
    this.row = [];
    if (!(row.length === 1 && row[0] === '')) onRow(row); // skip blank lines
  }
}
