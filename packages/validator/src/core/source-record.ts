import type { ProblemCode } from './problem-codes.ts';
import type { TableRecord } from './table-record.ts';

/**
 * One record as a reader found it, before checking: its value (absent when it could not be read),
 * where it is, and, for spreadsheets, which column each field came from.
 */
export type SourceRecord = {
  value?: unknown;
  line?: number;
  sheet?: string;
  row?: number;
  /** A problem reading the record itself (bad JSON, a cut-short row); the record is not checked further. */
  unreadable?: { code: ProblemCode; message: string; column?: string; cell?: string };
  table?: TableRecord;
};
