import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Problem, Report } from './report.ts';
import { REPORT_CSV_COLUMNS, reportCsv } from './report-csv.ts';
import { validate } from './validate.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));

const reportOf = (...problems: Problem[]): Report => ({
  summary: { records: 1, valid: 0, invalid: 1, errors: 1, warnings: 0, byCode: {}, byColumn: {} },
  problems,
});
const problem = (fields: Partial<Problem>): Problem => ({
  severity: 'error',
  code: 'SCHEMA-TYPE',
  message: 'm.',
  file: 'f.csv',
  path: '/x',
  ...fields,
});
/** The CSV read back by another reader, as a spreadsheet would: one object per row. */
const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('reportCsv', () => {
  it('has a row per problem, each locating it as the JSON report does', async () => {
    const report = await validate(
      { name: 'incidents.csv', format: 'csv', bytes: fixture('incidents.csv') },
      { schemaId: 'serious-incident-input', asOf: '2026-11-23' },
    );
    const read = rows(reportCsv(report));
    expect(Object.keys(read[0] ?? {})).toEqual([...REPORT_CSV_COLUMNS]);
    expect(read.map(({ code, row, column, cell }) => ({ code, row, column, cell }))).toEqual(
      report.problems.map(({ code, row, column, cell }) => ({
        code,
        row: row === undefined ? '' : String(row),
        column: column ?? '',
        cell: cell ?? '',
      })),
    );
    const late = report.problems.findIndex((problem) => problem.code.startsWith('DUTY-'));
    expect(late).toBeGreaterThanOrEqual(0);
    expect(read[late]?.duty).toBe(report.problems[late]?.duty);
    expect(read[late]?.citations?.split('; ')).toEqual(
      report.problems[late]?.citations?.map((citation) => `${citation.source} ${citation.ref}`),
    );
  });

  it.each([
    { given: 'plain text', value: 'E07000001', want: 'E07000001' },
    { given: 'a formula', value: '=HYPERLINK("x")', want: `'=HYPERLINK("x")` },
    { given: 'text starting with @', value: '@SUM(A1)', want: `'@SUM(A1)` },
    { given: 'text starting with -', value: '-1+2', want: `'-1+2` },
    { given: 'a negative number', value: -3, want: '-3' },
    { given: 'a boolean', value: true, want: 'true' },
    { given: 'quotes, commas and a line break', value: 'a, "b"\nc', want: 'a, "b"\nc' },
  ])('keeps $given a value, never a formula', ({ value, want }) => {
    expect(rows(reportCsv(reportOf(problem({ value }))))[0]?.value).toBe(want);
  });

  it('is only the header when nothing is wrong', () => {
    expect(reportCsv(reportOf())).toBe(`${REPORT_CSV_COLUMNS.join(',')}\r\n`);
  });
});
