import { isPersonal, valueAt } from './personal-data.ts';
import { dutyCodeDescription, PROBLEM_CODES } from './problem-codes.ts';
import { CsvReader, type CsvRow } from './read-csv.ts';
import { readJsonArray } from './read-json-array.ts';
import { readNdjson } from './read-ndjson.ts';
import { columnLetter, readXlsx, XlsxError } from './read-xlsx.ts';
import { type RecordProblem, recordChecker, schemaFacts } from './record-checker.ts';
import { MASKED, type Problem, type ProblemContext, type Report } from './report.ts';
import { ReportBuilder } from './report-builder.ts';
import type { SchemaFacts } from './schema-facts.ts';
import type { SourceRecord } from './source-record.ts';
import { type TableLayout, tableLayout } from './table-layout.ts';
import { type Cell, recordFromRow, type TableRecord } from './table-record.ts';
import { bytesOf, textChunks } from './text-chunks.ts';

export type InputFormat = 'json' | 'ndjson' | 'csv' | 'xlsx';

export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'ndjson', 'csv', 'xlsx'];

/** The format a file name implies: .json, .ndjson or .jsonl, .csv, .xlsx. */
export function formatOfFileName(name: string): InputFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'jsonl') return 'ndjson';
  return INPUT_FORMATS.find((format) => format === extension);
}

export type ValidateOptions = {
  /** The record schema, for example serious-incident or serious-incident-input. */
  schemaId: string;
  /** The day statutory timescales are judged on (YYYY-MM-DD): the caller's today. */
  asOf: string;
  /** Problems kept in the list for each code (the counts are always complete). Default 1,000. */
  maxProblems?: number;
  /** Finds a serious incident by id, so a rapid review's timescales can be judged. */
  incidentOf?: (id: string) => unknown;
  /** Called as records are checked, with the running count. */
  onRecords?: (records: number) => void;
  /**
   * Checks of the caller's own, run on each record that meets the schema's structure, after the
   * coded rules (the API refuses text it cannot store). Each problem is an error with the
   * caller's code.
   */
  extraChecks?: (record: unknown) => { code: string; pointer: string; message: string }[];
  /** The input is one piece of a file checked in parts (a worker's batch): an empty piece is not an empty file. */
  partOfLargerInput?: boolean;
};

export type ValidationInput = {
  /** The name the report gives the file (a path, or "-" for standard input). */
  name: string;
  format: InputFormat;
  /** The file's bytes: whole, or as a stream of chunks (XLSX is read whole: its directory is at the end). */
  bytes: Uint8Array | AsyncIterable<Uint8Array>;
};

type Row = { row: number; cells: readonly Cell[] };

/** Validates one file into a report builder; several files can share one builder. */
export async function validateInto(
  builder: ReportBuilder,
  input: ValidationInput,
  options: ValidateOptions,
): Promise<void> {
  const facts = schemaFacts(options.schemaId);
  const check = recordChecker(options.schemaId, options);
  let records = 0;

  const place = (problem: RecordProblem, source: SourceRecord, value: unknown, above?: Row): void => {
    const placed: Problem = {
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
      file: input.name,
      record: records,
      path: '',
    };
    if (source.line !== undefined) placed.line = source.line;
    if (source.sheet !== undefined) placed.sheet = source.sheet;
    let contextFor: (() => ProblemContext | undefined) | undefined;
    if (source.table && source.row !== undefined) {
      const table = source.table;
      placed.row = source.row;
      const column = problem.pointer === '' ? undefined : table.columnOf(problem.pointer);
      const index = column === undefined ? -1 : table.layout.names.indexOf(column);
      if (column !== undefined) placed.column = column;
      if (index >= 0) placed.cell = `${columnLetter(index)}${source.row}`;
      contextFor = () =>
        contextOf(table.layout, { row: source.row as number, cells: table.cells }, above, index);
    }
    placed.path = problem.pointer;
    const found = valueAt(value, problem.pointer);
    if (
      problem.severity === 'error' &&
      found !== undefined &&
      (typeof found !== 'object' || found === null)
    ) {
      // A field the schema does not know could hold anything (a child's name), so its value is masked too.
      const masked = problem.code === 'SCHEMA-UNKNOWN-FIELD' || isPersonal(facts.shape, problem.pointer);
      placed.value = masked ? MASKED : found;
    }
    if (problem.duty !== undefined) placed.duty = problem.duty;
    if (problem.citations !== undefined) placed.citations = problem.citations;
    builder.add(placed, () => describeCode(problem.code, facts, problem.message), contextFor);
  };

  const checkSource = (source: SourceRecord, above?: Row): void => {
    records++;
    if (source.unreadable) {
      builder.countRecord(true);
      const { code, message, column, cell } = source.unreadable;
      const problem: Problem = {
        severity: 'error',
        code,
        message,
        file: input.name,
        record: records,
        path: '',
      };
      if (source.line !== undefined) problem.line = source.line;
      if (source.sheet !== undefined) problem.sheet = source.sheet;
      if (source.row !== undefined) problem.row = source.row;
      if (column !== undefined) problem.column = column;
      if (cell !== undefined) problem.cell = cell;
      builder.add(problem, PROBLEM_CODES[code]);
      return;
    }
    const problems = check(source.value);
    // The caller's checks see only records whose structure the schema has bounded (no deep nesting).
    if (options.extraChecks && !problems.some((problem) => problem.code.startsWith('SCHEMA-'))) {
      for (const extra of options.extraChecks(source.value)) problems.push({ severity: 'error', ...extra });
    }
    builder.countRecord(problems.some((problem) => problem.severity === 'error'));
    for (const problem of problems) place(problem, source, source.value, above);
  };

  const fileProblem: FileProblem = (code, message, where = {}) =>
    builder.addFileProblem({ path: '', ...where, code, message, file: input.name });

  if (input.format === 'json' || input.format === 'ndjson') {
    const reader = input.format === 'json' ? readJsonArray : readNdjson;
    for await (const batch of reader(textChunks(bytesOf(input.bytes)))) {
      for (const source of batch) checkSource(source);
      options.onRecords?.(records);
    }
  } else if (input.format === 'csv') {
    await validateCsv(input, facts, checkSource, fileProblem, () => options.onRecords?.(records));
  } else {
    await validateXlsx(input, facts, checkSource, fileProblem, () => options.onRecords?.(records));
  }
  if (records === 0 && !options.partOfLargerInput) {
    fileProblem('FILE-EMPTY', `${input.name === '-' ? 'Standard input' : input.name} holds no records.`);
  }
}

/** One report for one file. */
export async function validate(input: ValidationInput, options: ValidateOptions): Promise<Report> {
  const builder = new ReportBuilder(
    options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems },
  );
  await validateInto(builder, input, options);
  return builder.report();
}

function describeCode(code: string, facts: SchemaFacts, message: string): string {
  if (code in PROBLEM_CODES) return PROBLEM_CODES[code as keyof typeof PROBLEM_CODES];
  const rule = facts.rules.find((candidate) => candidate.code === code);
  if (rule) return rule.message;
  if (code.startsWith('DUTY-'))
    return dutyCodeDescription(message.replace(/^Due [0-9-]+: /, '').replace(/ — .*$/, ''));
  return message;
}

type FileProblem = (
  code: keyof typeof PROBLEM_CODES,
  message: string,
  where?: Partial<Omit<Problem, 'code' | 'message' | 'file'>>,
) => void;

function headerProblems(
  layout: TableLayout,
  row: number,
  sheet: string | undefined,
  fileProblem: FileProblem,
): void {
  for (const rejected of layout.rejected) {
    const code = rejected.reason.startsWith('is the name of an earlier')
      ? 'FILE-DUPLICATE-COLUMN'
      : 'FILE-UNKNOWN-COLUMN';
    fileProblem(code, `Column ${rejected.name} ${rejected.reason}.`, {
      row,
      column: rejected.name,
      cell: `${columnLetter(rejected.index)}${row}`,
      ...(sheet === undefined ? {} : { sheet }),
    });
  }
}

const MASK_WINDOW = 5;

/** The row above and the row, a few columns either side of the problem's column, personal data masked. */
function contextOf(
  layout: TableLayout,
  row: Row,
  above: Row | undefined,
  highlight: number,
): ProblemContext | undefined {
  const indices = layout.names.flatMap((name, index) => (name === undefined ? [] : [index]));
  if (indices.length === 0) return undefined;
  const at = Math.max(0, indices.indexOf(highlight));
  const start = Math.max(0, Math.min(at - Math.floor(MASK_WINDOW / 2), indices.length - MASK_WINDOW));
  const shown = indices.slice(start, start + MASK_WINDOW);
  const display = (cells: readonly Cell[]) =>
    shown.map((index) => {
      const cell = cells[index];
      if (cell === undefined || cell === '') return '';
      return layout.personal[index] ? MASKED : String(cell);
    });
  const rows = above ? [above, row] : [row];
  const context: ProblemContext = {
    columns: shown.map((index) => layout.names[index] as string),
    rows: rows.map((entry) => entry.row),
    cells: rows.map((entry) => display(entry.cells)),
  };
  const position = shown.indexOf(highlight);
  if (position >= 0) context.highlight = position;
  return context;
}

async function validateCsv(
  input: ValidationInput,
  facts: SchemaFacts,
  checkSource: (source: SourceRecord, above?: Row) => void,
  fileProblem: FileProblem,
  progress: () => void,
): Promise<void> {
  const reader = new CsvReader();
  let layout: TableLayout | undefined;
  let headerRow = 0;
  let above: Row | undefined;
  let endsWithNewline = true;
  const handle = (rows: CsvRow[], final: boolean) => {
    rows.forEach((csvRow, position) => {
      if (csvRow.blank) return;
      if (layout === undefined) {
        layout = tableLayout(csvRow.cells, facts);
        headerRow = csvRow.row;
        headerProblems(layout, headerRow, undefined, fileProblem);
        if (layout.columns.length === 0) {
          fileProblem(
            'FILE-UNREADABLE',
            `Row ${headerRow} names no field of ${facts.title}: is the record type right, and is row ${headerRow} the header?`,
            { row: headerRow },
          );
        }
        return;
      }
      if (layout.columns.length === 0) return;
      const headerLength = layout.names.length;
      const source: SourceRecord = { line: csvRow.line, row: csvRow.row };
      const lastRow = final && position === rows.length - 1;
      if (csvRow.cells.length < headerLength) {
        source.unreadable =
          lastRow && !endsWithNewline
            ? {
                code: 'FILE-CUT-SHORT',
                message: `Row ${csvRow.row} has ${csvRow.cells.length} cells but the header has ${headerLength}: the file may be cut short.`,
              }
            : {
                code: 'FILE-ROW-LENGTH',
                message: `Row ${csvRow.row} has ${csvRow.cells.length} cells but the header has ${headerLength}.`,
              };
        checkSource(source);
      } else if (csvRow.cells.slice(headerLength).some((cell) => cell !== '')) {
        source.unreadable = {
          code: 'FILE-ROW-LENGTH',
          message: `Row ${csvRow.row} has ${csvRow.cells.length} cells but the header has ${headerLength}: is a comma missing its quotes?`,
        };
        checkSource(source);
      } else {
        const built = recordFromRow(layout, csvRow.cells);
        source.value = built.value;
        source.table = built.record;
        checkSource(source, above && above.row !== headerRow ? above : undefined);
      }
      above = { row: csvRow.row, cells: csvRow.cells };
    });
    progress();
  };
  for await (const text of textChunks(bytesOf(input.bytes))) {
    endsWithNewline = /[\r\n]$/.test(text);
    handle(reader.push(text), false);
  }
  const end = reader.end();
  handle(end.rows, true);
  if (end.cutShort) {
    checkSource({
      line: end.cutShort.line,
      row: end.cutShort.row,
      unreadable: {
        code: 'FILE-CUT-SHORT',
        message: `Row ${end.cutShort.row} starts a quoted cell that never closes: the file may be cut short.`,
      },
    });
  }
}

async function validateXlsx(
  input: ValidationInput,
  facts: SchemaFacts,
  checkSource: (source: SourceRecord, above?: Row) => void,
  fileProblem: FileProblem,
  progress: () => void,
): Promise<void> {
  let bytes: Uint8Array;
  if (input.bytes instanceof Uint8Array) bytes = input.bytes;
  else {
    const parts: Uint8Array[] = [];
    for await (const part of input.bytes) parts.push(part);
    bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
  }
  let workbook: ReturnType<typeof readXlsx>;
  try {
    workbook = readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxError) {
      fileProblem('FILE-UNREADABLE', `${input.name} cannot be read as XLSX: ${error.message}.`);
      return;
    }
    throw error;
  }
  for (const sheet of workbook.sheets) {
    let layout: TableLayout | undefined;
    let headerRow = 0;
    let above: Row | undefined;
    for await (const batch of sheet.rows) {
      for (const xlsxRow of batch) {
        if (xlsxRow.cells.every((cell) => cell === undefined)) continue;
        if (layout === undefined) {
          layout = tableLayout(
            xlsxRow.cells.map((cell) => (cell === undefined ? undefined : String(cell))),
            facts,
          );
          headerRow = xlsxRow.row;
          if (layout.columns.length === 0) {
            fileProblem(
              'FILE-SHEET-SKIPPED',
              `Sheet ${sheet.name} was not read: its first row names no field of ${facts.title}.`,
              { sheet: sheet.name, row: headerRow, severity: 'warning' },
            );
            break;
          }
          headerProblems(layout, headerRow, sheet.name, fileProblem);
          continue;
        }
        const built = recordFromRow(layout, xlsxRow.cells, workbook.date1904);
        const table: TableRecord = built.record;
        checkSource({ value: built.value, sheet: sheet.name, row: xlsxRow.row, table }, above);
        above = { row: xlsxRow.row, cells: xlsxRow.cells };
      }
      if (layout !== undefined && layout.columns.length === 0) break;
      progress();
    }
  }
}
