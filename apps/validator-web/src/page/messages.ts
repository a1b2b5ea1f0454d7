import type { ProblemGroup, Report } from '@safeguarding/validator';

/** What the page asks of its worker. */
export type CheckRequest = {
  kind: 'check';
  /** Which run this is: replies of an earlier run are ignored. */
  run: number;
  files: File[];
  schemaId: string;
  /** The day statutory timescales are judged on (YYYY-MM-DD). */
  asOf: string;
};
export type TemplateRequest = { kind: 'template'; schemaId: string; format: 'csv' | 'xlsx' };
export type WorkerRequest = CheckRequest | TemplateRequest;

/** How far the worker has read: bytes of the file it is on, and records checked in it. */
export type ProgressReply = {
  kind: 'progress';
  run: number;
  file: string;
  fileNumber: number;
  files: number;
  bytesRead: number;
  bytes: number;
  records: number;
};
/** The finished report, its groups, and both downloads made by the same code as the command line. */
export type CheckedReply = {
  kind: 'checked';
  run: number;
  report: Report;
  groups: ProblemGroup[];
  /** Exactly what `safeguarding validate --format json` prints for the same files. */
  json: string;
  csv: string;
};
export type FailedReply = { kind: 'failed'; run: number; message: string };
export type TemplateReply = {
  kind: 'template';
  name: string;
  type: string;
  content: string | Uint8Array;
};
export type WorkerReply = ProgressReply | CheckedReply | FailedReply | TemplateReply;
