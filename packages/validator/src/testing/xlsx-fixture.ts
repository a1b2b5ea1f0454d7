import ExcelJS from 'exceljs';

/**
 * A workbook written by exceljs (a real producer: shared strings, styles, dates as day numbers)
 * with a notes sheet and two sheets of serious incidents with known errors:
 * - "2025": row 3 has area E07000001 (cell A3);
 * - "2026": row 2 has children.0.ageYears "four" (cell E2); row 4 has laBecameAware before incidentDate (C4).
 */
export async function incidentsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.addWorksheet('Notes').addRows([['About this export'], ['Serious incidents, one sheet per year.']]);
  const header = [
    'area',
    'notifier.role',
    'incidentDate',
    'laBecameAware',
    'children.0.ageYears',
    'children.0.reference',
    'incidentType',
    'harm',
    'abuseOrNeglect',
    'location',
    'caseOutline',
    'panelNotified',
    'partnersNotified',
  ];
  const row = (overrides: Record<string, unknown>) => {
    const values: Record<string, unknown> = {
      area: 'E08000034',
      'notifier.role': 'Head of Service, Safeguarding',
      // Typed into Excel as dates: stored as day numbers, read back as YYYY-MM-DD.
      incidentDate: new Date(Date.UTC(2026, 10, 2)),
      laBecameAware: new Date(Date.UTC(2026, 10, 3)),
      'children.0.ageYears': 4,
      'children.0.reference': 'LA-REF-0001',
      incidentType: 'serious-harm',
      harm: 'serious-harm',
      abuseOrNeglect: 'suspected',
      location: 'in-area',
      caseOutline: 'Outline, with a comma.',
      panelNotified: '2026-11-05',
      partnersNotified: '2026-11-05',
      ...overrides,
    };
    return header.map((name) => values[name]);
  };
  const earlier = workbook.addWorksheet('2025');
  earlier.addRows([header, row({}), row({ area: 'E07000001' })]);
  const later = workbook.addWorksheet('2026');
  later.addRows([
    header,
    row({ 'children.0.ageYears': 'four' }),
    row({}),
    row({
      incidentDate: new Date(Date.UTC(2026, 10, 10)),
      laBecameAware: new Date(Date.UTC(2026, 10, 9)),
      panelNotified: '2026-11-12',
      partnersNotified: '2026-11-12',
    }),
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
