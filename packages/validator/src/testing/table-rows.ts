import { templateColumns } from '../core/template.ts';

/** A record as a spreadsheet row under the convention: dotted columns, lists of plain values joined with |. */
export function tableRow(
  record: Record<string, unknown>,
  columns: readonly string[],
): (string | number | boolean | undefined)[] {
  return columns.map((column) => {
    let current: unknown = record;
    for (const key of column.split('.')) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    if (Array.isArray(current)) return current.join('|');
    return current as string | number | boolean | undefined;
  });
}

export { templateColumns };
