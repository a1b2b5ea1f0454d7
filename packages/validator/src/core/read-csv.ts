/** One row of a CSV file: its cells, the spreadsheet row number (header = 1) and the line it starts on. */
export type CsvRow = { cells: string[]; row: number; line: number; blank: boolean };

/** A CSV that ends inside a quoted cell: the row it began on. */
export type CsvCutShort = { row: number; line: number };

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * RFC 4180 CSV, incrementally: quoted cells may hold commas, doubled quotes and line breaks;
 * rows end with LF or CRLF; a quote inside an unquoted cell is kept as text (as spreadsheet
 * programs do). Every row is numbered as a spreadsheet would show it, blank lines included, so
 * row numbers match what a person sees when they open the file. Written here rather than with
 * csv-parse because the browser needs it without Node's buffers and streams, and the report needs
 * each row's first line; the tests hold it to csv-parse's output.
 */
export class CsvReader {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  private inQuotes = false;
  private quotePending = false;
  private pendingCr = false;
  private quotedCr = false;
  private line = 1;
  private rowLine = 1;
  private row = 0;
  private rowHasContent = false;

  /** Feeds the next piece of text; returns the rows it completed. */
  push(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    let plainStart = -1;
    const flushPlain = (end: number) => {
      if (plainStart >= 0) {
        this.cell += text.slice(plainStart, end);
        plainStart = -1;
      }
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (code === LF) continue;
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (code === QUOTE) {
            this.cell += '"';
            continue;
          }
          this.inQuotes = false;
        } else if (code === QUOTE) {
          flushPlain(i);
          this.quotePending = true;
          continue;
        } else {
          // A line break inside a quoted cell: CRLF counts once, even split across two pieces.
          if (code === CR || (code === LF && !this.quotedCr)) this.line++;
          this.quotedCr = code === CR;
          if (plainStart < 0) plainStart = i;
          continue;
        }
      }
      if (code === COMMA) {
        flushPlain(i);
        this.endCell();
      } else if (code === LF || code === CR) {
        flushPlain(i);
        this.endCell();
        rows.push(this.endRow());
        if (code === CR) this.pendingCr = true;
        this.line++;
        this.rowLine = this.line;
      } else if (code === QUOTE && this.cell === '' && plainStart < 0 && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
        this.rowHasContent = true;
      } else {
        if (plainStart < 0) plainStart = i;
        this.rowHasContent = true;
      }
    }
    flushPlain(text.length);
    return rows;
  }

  /** Ends the input: the last row if it has no line break after it, and whether a quoted cell was left open. */
  end(): { rows: CsvRow[]; cutShort?: CsvCutShort } {
    if (this.inQuotes && !this.quotePending) {
      this.row++;
      return { rows: [], cutShort: { row: this.row, line: this.rowLine } };
    }
    if (this.quotePending) this.inQuotes = false;
    if (this.cells.length === 0 && this.cell === '' && !this.rowHasContent) return { rows: [] };
    this.endCell();
    return { rows: [this.endRow()] };
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.quoted = false;
    if (this.cells.length > 1) this.rowHasContent = true;
  }

  private endRow(): CsvRow {
    this.row++;
    const cells = this.cells;
    const blank = cells.every((value) => value === '');
    const row: CsvRow = { cells, row: this.row, line: this.rowLine, blank };
    this.cells = [];
    this.rowHasContent = false;
    return row;
  }
}
