import { schemaFacts } from './record-checker.ts';
import type { FieldShape } from './schema-facts.ts';
import { csvText } from './write-csv.ts';
import { type SheetCell, xlsxBytes } from './write-xlsx.ts';

/** Lists of groups of fields get this many numbered sets of columns, unless the schema allows fewer. */
export const TEMPLATE_LIST_ITEMS = 4;
const UNBOUNDED_LIST_ITEMS = 1;

/** Every column the spreadsheet convention allows for a schema: dotted names, list positions numbered. */
export function templateColumns(schemaId: string): string[] {
  const columns: string[] = [];
  const visit = (shape: FieldShape, prefix: string) => {
    if (shape.type === 'object') {
      for (const [name, child] of Object.entries(shape.properties))
        visit(child, prefix === '' ? name : `${prefix}.${name}`);
    } else if (shape.type === 'array' && shape.items.type === 'object') {
      const count =
        shape.maxItems === undefined ? UNBOUNDED_LIST_ITEMS : Math.min(shape.maxItems, TEMPLATE_LIST_ITEMS);
      for (let index = 0; index < count; index++) visit(shape.items, `${prefix}.${index}`);
    } else columns.push(prefix);
  };
  visit(schemaFacts(schemaId).shape, '');
  return columns;
}

function cellOf(value: unknown): SheetCell {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join('|');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

function exampleRow(schemaId: string, columns: readonly string[]): SheetCell[] {
  const example = schemaFacts(schemaId).example;
  return columns.map((column) => {
    let current: unknown = example;
    for (const key of column.split('.')) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return cellOf(current);
  });
}

/** A CSV template: the header of every column and one example row (a fictional valid record). */
export function csvTemplate(schemaId: string): string {
  const columns = templateColumns(schemaId);
  return csvText([
    columns,
    exampleRow(schemaId, columns).map((cell) => (cell === undefined ? '' : String(cell))),
  ]);
}

/** The same as an XLSX workbook with one sheet named after the schema. */
export function xlsxTemplate(schemaId: string): Uint8Array {
  const columns = templateColumns(schemaId);
  return xlsxBytes(schemaId, [columns, exampleRow(schemaId, columns)]);
}
