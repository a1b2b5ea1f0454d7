export { type BlobLike, blobChunks } from './blob-chunks.ts';
export { filterGroups, type ProblemFilter } from './filter-groups.ts';
export { formatReportText } from './format-text.ts';
export { PROBLEM_CODES, type ProblemCode } from './problem-codes.ts';
export { CsvReader, type CsvRow } from './read-csv.ts';
export { readJsonArray } from './read-json-array.ts';
export { readNdjson } from './read-ndjson.ts';
export { columnLetter, excelSerialToIso, readXlsx, type Workbook, type XlsxRow } from './read-xlsx.ts';
export { type RecordProblem, recordChecker, SCHEMA_IDS, schemaFacts } from './record-checker.ts';
export {
  type CodeCount,
  MASKED,
  type Problem,
  type ProblemContext,
  type Report,
  type Severity,
  type Summary,
} from './report.ts';
export { DEFAULT_MAX_PROBLEMS, ReportBuilder } from './report-builder.ts';
export { REPORT_CSV_COLUMNS, reportCsv } from './report-csv.ts';
export { type GroupCitation, type ProblemGroup, problemGroups } from './report-groups.ts';
export type { FieldShape, SchemaFacts } from './schema-facts.ts';
export { csvTemplate, templateColumns, xlsxTemplate } from './template.ts';
export { textChunks } from './text-chunks.ts';
export {
  formatOfFileName,
  INPUT_FORMATS,
  type InputFormat,
  type ValidateOptions,
  type ValidationInput,
  validate,
  validateInto,
} from './validate.ts';
export { csvCell, csvText } from './write-csv.ts';
export { type SheetCell, xlsxBytes } from './write-xlsx.ts';
