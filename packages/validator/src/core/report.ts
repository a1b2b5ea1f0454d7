import type { Citation } from '@safeguarding/schemas';

export type Severity = 'error' | 'warning';

/** The cells around a problem in a spreadsheet: the row above and the row itself, a few columns wide. */
export type ProblemContext = {
  columns: string[];
  /** Row number of each line, as a person sees the sheet. */
  rows: number[];
  /** The row above (when there is one) and the problem's row; personal data masked. */
  cells: string[][];
  /** Which of `columns` the problem is in, if any. */
  highlight?: number;
};

/**
 * One problem in one record, located as the reader of that format sees it: `line` for JSON and
 * NDJSON (also the first line of a CSV row), `sheet`, `row`, `column` and `cell` for spreadsheets.
 * `path` is the JSON Pointer of the field in the record. Values of personal-data fields are masked.
 */
export type Problem = {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  /** Which record of the file, counting from 1 (also for a JSON array on one line, or a request body). */
  record?: number;
  line?: number;
  sheet?: string;
  row?: number;
  column?: string;
  cell?: string;
  path: string;
  value?: unknown;
  duty?: string;
  citations?: Citation[];
  /** For the first examples of each code in a spreadsheet: the row above and the row. */
  context?: ProblemContext;
};

export type CodeCount = { severity: Severity; count: number; description: string };

export type Summary = {
  /** Records read (blank rows and lines are not records). */
  records: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
  /** Every problem counted by code, whatever `maxProblems` kept. */
  byCode: Record<string, CodeCount>;
  /** Problems counted by spreadsheet column (CSV and XLSX only). */
  byColumn: Record<string, number>;
};

/** The report `--format json` prints, the API returns and the browser page downloads. */
export type Report = { summary: Summary; problems: Problem[] };

export const MASKED = '[personal data]';
