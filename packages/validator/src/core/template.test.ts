import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvTemplate, SCHEMA_IDS, templateColumns, validate, xlsxTemplate } from './index.ts';

describe.each(SCHEMA_IDS)('the %s template', (schemaId) => {
  it('is a valid record in CSV and in XLSX', async () => {
    const options = { schemaId, asOf: '2026-11-23' };
    const csv = await validate(
      { name: 't.csv', format: 'csv', bytes: new TextEncoder().encode(csvTemplate(schemaId)) },
      options,
    );
    const xlsx = await validate({ name: 't.xlsx', format: 'xlsx', bytes: xlsxTemplate(schemaId) }, options);
    for (const report of [csv, xlsx]) {
      expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(report.summary.records).toBe(1);
    }
  });

  it('opens in another XLSX reader with the same header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxTemplate(schemaId) as unknown as ArrayBuffer);
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(templateColumns(schemaId));
  });
});

describe('template columns', () => {
  it('number up to four children where the schema allows four, and one item of an open list', () => {
    const columns = templateColumns('serious-incident');
    expect(columns).toContain('children.3.ageYears');
    expect(columns).not.toContain('children.4.ageYears');
    expect(columns).toContain('notifier.role');
    expect(columns).toContain('children.0.legalStatus');
    expect(templateColumns('practice-review')).toContain('recommendations.0.actions.0.status');
  });
});
