import type { Problem, Report } from './report.ts';
import { csvText } from './write-csv.ts';

/** The columns of the CSV report, in order: where first, then what, then why. */
export const REPORT_CSV_COLUMNS = [
  'file',
  'sheet',
  'row',
  'column',
  'cell',
  'line',
  'record',
  'path',
  'severity',
  'code',
  'message',
  'value',
  'duty',
  'citations',
] as const;

type Column = (typeof REPORT_CSV_COLUMNS)[number];

/**
 * A spreadsheet opening a cell that starts with = + - @ (or a tab or carriage return) may run it
 * as a formula; a leading apostrophe keeps it text (OWASP, CSV injection). Numbers are left as
 * they are, so -3 is still a number.
 */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

function cellOf(problem: Problem, column: Column): string {
  if (column === 'citations')
    return (problem.citations ?? []).map((citation) => `${citation.source} ${citation.ref}`).join('; ');
  const value = problem[column];
  if (value === undefined) return '';
  if (column === 'value' && typeof value !== 'string') return JSON.stringify(value);
  return String(value);
}

/**
 * The report as CSV for a spreadsheet: a header, then a row per problem the report kept (at most
 * `maxProblems` of each code; the summary's counts are complete). Values are already masked where
 * they are personal data.
 */
export function reportCsv(report: Report): string {
  return csvText([
    [...REPORT_CSV_COLUMNS],
    ...report.problems.map((problem) => REPORT_CSV_COLUMNS.map((column) => asText(cellOf(problem, column)))),
  ]);
}
