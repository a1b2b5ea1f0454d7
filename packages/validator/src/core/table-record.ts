import { excelSerialToIso } from './read-xlsx.ts';
import type { FieldShape } from './schema-facts.ts';
import type { Column, TableLayout } from './table-layout.ts';

export type Cell = string | number | boolean | undefined;

/** A record built from a spreadsheet row, and how to find the column of any field in it. */
export type TableRecord = {
  layout: TableLayout;
  cells: readonly Cell[];
  /** JSON Pointer of a field in the built record → the dotted column name it came from (or would). */
  columnOf(pointer: string): string;
};

/** A cell typed by the field's shape: numbers, booleans and lists of plain values from text. */
function typed(cell: Cell, shape: FieldShape, date1904: boolean): unknown {
  if (shape.type === 'array') {
    const parts = typeof cell === 'string' ? cell.split('|') : [cell];
    return parts.map((part) => typed(typeof part === 'string' ? part.trim() : part, shape.items, date1904));
  }
  if (shape.type === 'number' || shape.type === 'integer') {
    if (typeof cell === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(cell))
      return Number(cell);
    return cell;
  }
  if (shape.type === 'boolean') {
    if (typeof cell === 'string' && /^\s*(true|false)\s*$/i.test(cell))
      return cell.trim().toLowerCase() === 'true';
    return cell;
  }
  if (shape.type === 'string' && typeof cell === 'number') {
    // A date typed into Excel is a day number; a code typed as digits is a number.
    if (shape.format === 'date') return excelSerialToIso(cell, date1904, false);
    if (shape.format === 'date-time') return excelSerialToIso(cell, date1904, true);
    return String(cell);
  }
  if (shape.type === 'string' && typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell;
}

type Node = { fields: Map<string | number, Node>; value?: unknown; isList: boolean };

const escapeKey = (key: string | number) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The record a spreadsheet row stands for: each non-empty cell typed and put at its dotted path.
 * List positions are closed up (children.0 and children.2 filled become a list of two), and the
 * report still names the column a field came from.
 */
export function recordFromRow(
  layout: TableLayout,
  cells: readonly Cell[],
  date1904 = false,
): { value: Record<string, unknown>; record: TableRecord } {
  const root: Node = { fields: new Map(), isList: false };
  for (const column of layout.columns) {
    const cell = cells[column.index];
    if (cell === undefined || cell === '') continue;
    place(root, column, typed(cell, column.shape, date1904));
  }
  // Final pointer → original dotted path of every object and list item, to map problems back to columns.
  const origins = new Map<string, string>([['', '']]);
  const build = (node: Node, pointer: string, dotted: string): unknown => {
    if (!node.isList && node.fields.size === 0) return node.value;
    if (node.isList) {
      const items = [...node.fields.entries()].sort((a, b) => Number(a[0]) - Number(b[0]));
      return items.map(([index, child], position) => {
        const childPointer = `${pointer}/${position}`;
        const childDotted = dotted === '' ? String(index) : `${dotted}.${index}`;
        origins.set(childPointer, childDotted);
        return build(child, childPointer, childDotted);
      });
    }
    const object: Record<string, unknown> = {};
    for (const [key, child] of node.fields) {
      const childPointer = `${pointer}/${escapeKey(key)}`;
      const childDotted = dotted === '' ? String(key) : `${dotted}.${key}`;
      origins.set(childPointer, childDotted);
      object[key as string] = build(child, childPointer, childDotted);
    }
    return object;
  };
  const value = build(root, '', '') as Record<string, unknown>;
  const columnOf = (pointer: string): string => {
    // The longest known prefix of the pointer, then the rest as it is.
    let prefix = pointer;
    const rest: string[] = [];
    while (!origins.has(prefix)) {
      const cut = prefix.lastIndexOf('/');
      rest.unshift(
        prefix
          .slice(cut + 1)
          .replaceAll('~1', '/')
          .replaceAll('~0', '~'),
      );
      prefix = prefix.slice(0, cut);
    }
    const base = origins.get(prefix) as string;
    return [base, ...rest].filter((part) => part !== '').join('.');
  };
  return { value, record: { layout, cells, columnOf } };
}

function place(root: Node, column: Column, value: unknown): void {
  let node = root;
  column.path.forEach((key, position) => {
    let child = node.fields.get(key);
    if (child === undefined) {
      const nextKey = column.path[position + 1];
      child = { fields: new Map(), isList: typeof nextKey === 'number' };
      node.fields.set(key, child);
    }
    node = child;
  });
  node.value = value;
}
