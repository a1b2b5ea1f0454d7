// Fixtures for tests in this repository (the browser page's tests use them too); exceljs, which
// the XLSX fixture needs, is a development dependency only.
export { seriousIncident } from './generate-records.ts';
export { tableRow, templateColumns } from './table-rows.ts';
export { incidentsWorkbook } from './xlsx-fixture.ts';
