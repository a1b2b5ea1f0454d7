import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentsWorkbook } from '../testing/xlsx-fixture.ts';
import type { InputFormat, Problem } from './index.ts';
import { validate } from './index.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const options = { schemaId: 'serious-incident-input', asOf: '2026-11-23' };

/** Where each problem is, as the report says: the fields a person uses to find it. */
const located = (problem: Problem) => {
  const { code, line, sheet, row, column, cell, path } = problem;
  return Object.fromEntries(
    Object.entries({ code, line, sheet, row, column, cell, path }).filter(([, v]) => v !== undefined),
  );
};

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await incidentsWorkbook();
});

describe.each<{
  name: string;
  format: InputFormat;
  bytes: () => Uint8Array;
  records: number;
  valid: number;
  problems: Record<string, unknown>[];
}>([
  {
    name: 'incidents.csv: a BOM, CRLF, quoted commas and line breaks, a blank row, a wrong header, a cut-short last row',
    format: 'csv',
    bytes: () => fixture('incidents.csv'),
    records: 6,
    valid: 2,
    problems: [
      { code: 'FILE-UNKNOWN-COLUMN', row: 1, column: 'childName', cell: 'O1', path: '' },
      // Row 2's outline holds a line break, so row 3 starts on line 4; row 4 is blank.
      { code: 'SI-007', line: 4, row: 3, column: 'laBecameAware', cell: 'H3', path: '/laBecameAware' },
      { code: 'SCHEMA-PATTERN', line: 6, row: 5, column: 'area', cell: 'A5', path: '/area' },
      {
        code: 'SCHEMA-TYPE',
        line: 7,
        row: 6,
        column: 'children.0.ageYears',
        cell: 'J6',
        path: '/children/0/ageYears',
      },
      {
        code: 'DUTY-si-notify-panel',
        line: 8,
        row: 7,
        column: 'panelNotified',
        cell: 'M7',
        path: '/panelNotified',
      },
      {
        code: 'DUTY-si-notify-partners',
        line: 8,
        row: 7,
        column: 'partnersNotified',
        cell: 'N7',
        path: '/partnersNotified',
      },
      { code: 'FILE-CUT-SHORT', line: 9, row: 8, path: '' },
    ],
  },
  {
    name: 'incidents.ndjson: a BOM, a blank line, bad JSON, CRLF, an unknown field, a cut-short last line',
    format: 'ndjson',
    bytes: () => fixture('incidents.ndjson'),
    records: 6,
    valid: 2,
    problems: [
      { code: 'SI-008', line: 3, path: '/panelNotified' },
      { code: 'FILE-JSON', line: 4, path: '' },
      { code: 'SCHEMA-UNKNOWN-FIELD', line: 6, path: '/childName' },
      { code: 'FILE-CUT-SHORT', line: 7, path: '' },
    ],
  },
  {
    name: 'incidents.json: an array of three, the second with a child aged 18',
    format: 'json',
    bytes: () => fixture('incidents.json'),
    records: 3,
    valid: 2,
    problems: [{ code: 'SI-005', line: 55, path: '/children/0/ageYears' }],
  },
  {
    name: 'cut-short.json: an array cut in its second item',
    format: 'json',
    bytes: () => fixture('cut-short.json'),
    records: 2,
    valid: 1,
    problems: [{ code: 'FILE-CUT-SHORT', line: 55, path: '' }],
  },
  {
    name: 'an XLSX from exceljs: a notes sheet and two sheets of records, dates typed as dates',
    format: 'xlsx',
    bytes: () => workbook,
    records: 5,
    valid: 2,
    problems: [
      { code: 'FILE-SHEET-SKIPPED', sheet: 'Notes', row: 1, path: '' },
      { code: 'SCHEMA-PATTERN', sheet: '2025', row: 3, column: 'area', cell: 'A3', path: '/area' },
      {
        code: 'SCHEMA-TYPE',
        sheet: '2026',
        row: 2,
        column: 'children.0.ageYears',
        cell: 'E2',
        path: '/children/0/ageYears',
      },
      { code: 'SI-007', sheet: '2026', row: 4, column: 'laBecameAware', cell: 'D4', path: '/laBecameAware' },
    ],
  },
])('$name', ({ name, format, bytes, records, valid, problems }) => {
  it('points at exactly the known places', async () => {
    const report = await validate({ name, format, bytes: bytes() }, options);
    expect(report.problems.map(located)).toEqual(problems);
    expect(report.summary).toMatchObject({ records, valid, invalid: records - valid });
    expect(report.summary.errors + report.summary.warnings).toBe(problems.length);
  });

  it('gives the same report whether the bytes come whole or one at a time', async () => {
    const whole = await validate({ name, format, bytes: bytes() }, options);
    async function* byteByByte() {
      for (const byte of bytes()) yield new Uint8Array([byte]);
    }
    expect(await validate({ name, format, bytes: byteByByte() }, options)).toEqual(whole);
  });
});

describe('the report', () => {
  it('masks personal data and unknown fields, and never quotes a value in a message', async () => {
    const report = await validate(
      { name: 'incidents.ndjson', format: 'ndjson', bytes: fixture('incidents.ndjson') },
      options,
    );
    const unknown = report.problems.find((problem) => problem.code === 'SCHEMA-UNKNOWN-FIELD');
    expect(unknown?.value).toBe('[personal data]');
    expect(JSON.stringify(report)).not.toContain('Ann Example');
  });

  it('shows the row above and the row for the first examples in a spreadsheet, masked', async () => {
    const report = await validate(
      { name: 'incidents.csv', format: 'csv', bytes: fixture('incidents.csv') },
      options,
    );
    const late = report.problems.find((problem) => problem.code === 'SI-007');
    expect(late?.context).toMatchObject({ rows: [2, 3] });
    expect(late?.context?.columns[late.context.highlight ?? -1]).toBe('laBecameAware');
    // incidentDate is personal data (for a death, the date of death).
    const dateColumn = late?.context?.columns.indexOf('incidentDate') ?? -1;
    expect(dateColumn).toBeGreaterThanOrEqual(0);
    expect(late?.context?.cells.map((cells) => cells[dateColumn])).toEqual([
      '[personal data]',
      '[personal data]',
    ]);
  });

  it('keeps complete counts but at most maxProblems problems of each code', async () => {
    const line = readFileSync(new URL('../../fixtures/incidents.ndjson', import.meta.url), 'utf8').split(
      '\n',
    )[2] as string;
    const bytes = new TextEncoder().encode(`${Array.from({ length: 25 }, () => line).join('\n')}\n`);
    const report = await validate(
      { name: 'many.ndjson', format: 'ndjson', bytes },
      { ...options, maxProblems: 10 },
    );
    expect(report.summary.byCode['SI-008']?.count).toBe(25);
    expect(
      report.problems.filter((problem) => problem.code === 'SI-008').map((problem) => problem.line),
    ).toEqual(Array.from({ length: 10 }, (_, index) => index + 1));
  });

  it('says a file with no records holds none', async () => {
    const report = await validate({ name: 'empty.csv', format: 'csv', bytes: new Uint8Array() }, options);
    expect(report.problems.map((problem) => problem.code)).toEqual(['FILE-EMPTY']);
  });
});
