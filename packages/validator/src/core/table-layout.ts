import type { FieldShape, SchemaFacts } from './schema-facts.ts';

/** A header cell the schema knows: the field's path (list positions as numbers) and its shape. */
export type Column = { name: string; index: number; path: (string | number)[]; shape: FieldShape };

/** A header cell it does not: why, in words. */
export type RejectedColumn = { name: string; index: number; reason: string };

export type TableLayout = {
  columns: Column[];
  rejected: RejectedColumn[];
  /** Header name by column index, for every non-empty header cell. */
  names: (string | undefined)[];
  /** Whether each column (by index) is masked in context: personal data, or a column the schema does not know. */
  personal: boolean[];
};

/** Where a dotted column name leads in the schema, or why it leads nowhere. */
function resolveColumn(
  name: string,
  shape: FieldShape,
): { path: (string | number)[]; shape: FieldShape } | string {
  const path: (string | number)[] = [];
  let current = shape;
  const segments = name.split('.');
  for (const [position, segment] of segments.entries()) {
    if (current.type === 'object') {
      const next = current.properties[segment];
      if (next === undefined) {
        return path.length === 0
          ? 'is not a field of this record type'
          : `is not a field of ${path.join('.')}`;
      }
      path.push(segment);
      current = next;
    } else if (current.type === 'array' && current.items.type === 'object') {
      if (!/^\d+$/.test(segment))
        return `needs a list position after ${path.join('.')}, for example ${path.join('.')}.0`;
      const index = Number(segment);
      if (current.maxItems !== undefined && index >= current.maxItems) {
        return `is past the last position ${path.join('.')} allows (${current.maxItems - 1})`;
      }
      path.push(index);
      current = current.items;
    } else {
      return `goes inside ${segments.slice(0, position).join('.')}, which holds a single value`;
    }
  }
  if (current.type === 'object')
    return `is a group of fields: use a column per field, such as ${name}.${Object.keys(current.properties)[0]}`;
  if (current.type === 'array' && current.items.type === 'object') {
    const first = current.items.type === 'object' ? Object.keys(current.items.properties)[0] : '';
    return `is a list of groups of fields: use columns such as ${name}.0.${first}`;
  }
  return { path, shape: current };
}

/** Reads a header row against a schema: which columns it knows, which it rejects and why. */
export function tableLayout(header: readonly (string | undefined)[], facts: SchemaFacts): TableLayout {
  const columns: Column[] = [];
  const rejected: RejectedColumn[] = [];
  const names: (string | undefined)[] = [];
  const personal: boolean[] = [];
  const seen = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw?.trim();
    if (!name) return;
    names[index] = name;
    if (seen.has(name)) {
      rejected.push({ name, index, reason: 'is the name of an earlier column too' });
      personal[index] = true;
      return;
    }
    seen.set(name, index);
    const resolved = resolveColumn(name, facts.shape);
    if (typeof resolved === 'string') {
      rejected.push({ name, index, reason: resolved });
      // A column the schema does not know could hold anything (a child's name): never shown.
      personal[index] = true;
    } else {
      columns.push({ name, index, ...resolved });
      personal[index] = resolved.shape.personal === true;
    }
  });
  return { columns, rejected, names, personal };
}
