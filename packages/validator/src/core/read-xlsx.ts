import { entryText, entryTextChunks, ZipError, zipEntries } from './zip-entries.ts';

export type CellValue = string | number | boolean;

/** One row of one sheet: cells by column index (A = 0), the row number as the sheet shows it. */
export type XlsxRow = { sheet: string; row: number; cells: (CellValue | undefined)[] };

export type XlsxSheet = { name: string; rows: AsyncIterable<XlsxRow[]> };

export type Workbook = { sheets: XlsxSheet[]; date1904: boolean };

export { ZipError as XlsxError };

const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';
const ROW = new RegExp(`<${PREFIX}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${PREFIX}row>)`, 'g');
const CELL = new RegExp(`<${PREFIX}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${PREFIX}c>)`, 'g');
const VALUE = new RegExp(`<${PREFIX}v>([\\s\\S]*?)</${PREFIX}v>`);
const TEXT = new RegExp(`<${PREFIX}t(?:\\s[^>]*)?>([\\s\\S]*?)</${PREFIX}t>`, 'g');
const PHONETIC = new RegExp(`<${PREFIX}rPh\\b[\\s\\S]*?</${PREFIX}rPh>`, 'g');
const SHARED = new RegExp(`<${PREFIX}si>([\\s\\S]*?)</${PREFIX}si>|<${PREFIX}si/>`, 'g');
const ROW_END = new RegExp(`</${PREFIX}row>|<${PREFIX}row\\b[^>]*/>`, 'g');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities and character references replaced. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXml(match[1] as string) : undefined;
}

/** "F7" → 5 (columns from 0). */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** 5 → "F". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function runText(xml: string): string {
  let text = '';
  for (const match of xml.replace(PHONETIC, '').matchAll(TEXT)) text += decodeXml(match[1] as string);
  return text;
}

function cellValue(
  attributes: string,
  inner: string | undefined,
  shared: readonly string[],
): CellValue | undefined {
  if (inner === undefined) return undefined;
  const type = attribute(attributes, 't');
  if (type === 'inlineStr') return runText(inner);
  const raw = VALUE.exec(inner)?.[1];
  if (raw === undefined) return undefined;
  const value = decodeXml(raw);
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'b':
      return value === '1';
    case 'str':
    case 'e':
    case 'd':
      return value;
    default: {
      const number = Number(value);
      return Number.isNaN(number) ? value : number;
    }
  }
}

function parseRow(
  attributes: string,
  inner: string | undefined,
  sheet: string,
  fallback: number,
  shared: readonly string[],
): XlsxRow {
  const number = Number(attribute(attributes, 'r') ?? fallback);
  const cells: (CellValue | undefined)[] = [];
  let next = 0;
  for (const match of (inner ?? '').matchAll(CELL)) {
    const cellAttributes = match[1] as string;
    const reference = attribute(cellAttributes, 'r');
    const index = reference ? columnIndex(reference) : next;
    next = index + 1;
    const value = cellValue(cellAttributes, match[2], shared);
    if (value !== undefined && value !== '') cells[index] = value;
  }
  return { sheet, row: number, cells };
}

async function* sheetRows(
  bytes: Uint8Array,
  path: string,
  sheet: string,
  shared: readonly string[],
  entries: ReturnType<typeof zipEntries>,
): AsyncGenerator<XlsxRow[]> {
  const entry = entries.get(path);
  if (!entry) throw new ZipError(`its sheet ${sheet} is missing (${path})`);
  let carry = '';
  let rowNumber = 0;
  for (const chunk of entryTextChunks(bytes, entry)) {
    const text = carry + chunk;
    // Cut after the last complete row; the rest waits for the next piece.
    let cut = 0;
    for (const match of text.matchAll(ROW_END)) cut = (match.index ?? 0) + match[0].length;
    carry = text.slice(cut);
    const batch: XlsxRow[] = [];
    for (const match of text.slice(0, cut).matchAll(ROW)) {
      rowNumber++;
      const row = parseRow(match[1] as string, match[2], sheet, rowNumber, shared);
      rowNumber = row.row;
      batch.push(row);
    }
    if (batch.length > 0) yield batch;
  }
}

/**
 * An XLSX workbook read from its bytes with a small ZIP reader and the sheets' XML read row by
 * row, so it works the same in Node and in a browser Web Worker and a large sheet is never held
 * unpacked. Shared strings are read whole first (each distinct text once).
 */
export function readXlsx(bytes: Uint8Array): Workbook {
  const entries = zipEntries(bytes);
  const workbookEntry = entries.get('xl/workbook.xml');
  if (!workbookEntry) throw new ZipError('it is not an XLSX workbook (no xl/workbook.xml)');
  const workbook = entryText(bytes, workbookEntry);
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? entryText(bytes, relsEntry) : '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(match[1] as string, 'Id');
    const target = attribute(match[1] as string, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sharedEntry = entries.get('xl/sharedStrings.xml');
  const shared: string[] = [];
  if (sharedEntry) {
    for (const match of entryText(bytes, sharedEntry).matchAll(SHARED)) shared.push(runText(match[1] ?? ''));
  }
  const date1904 = /date1904="(1|true)"/.test(workbook);
  const sheets: XlsxSheet[] = [];
  let position = 0;
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    position++;
    const attributes = match[1] as string;
    const name = attribute(attributes, 'name') ?? `Sheet${position}`;
    const id = /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(attributes);
    const path = targets.get((id?.[1] ?? id?.[2]) as string) ?? `xl/worksheets/sheet${position}.xml`;
    sheets.push({
      name,
      rows: { [Symbol.asyncIterator]: () => sheetRows(bytes, path, name, shared, entries) },
    });
  }
  return { sheets, date1904 };
}

/** An Excel date serial as YYYY-MM-DD (and, when it has a time, as an RFC 3339 date-time in UTC). */
export function excelSerialToIso(serial: number, date1904: boolean, withTime: boolean): string {
  // Day 0 is 1899-12-30 in the 1900 system (Excel's 1900 leap-year bug is before March 1900 only).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86_400_000);
  const iso = new Date(epoch + ms).toISOString();
  return withTime ? `${iso.slice(0, 19)}Z` : iso.slice(0, 10);
}
