import type { FieldShape } from './schema-facts.ts';

/** Whether the field at a JSON Pointer, or anything it sits inside, is marked personal data. */
export function isPersonal(shape: FieldShape, pointer: string): boolean {
  let current: FieldShape | undefined = shape;
  for (const key of pointer.split('/').slice(1)) {
    if (current === undefined) return false;
    if (current.personal) return true;
    if (current.type === 'object')
      current = current.properties[key.replaceAll('~1', '/').replaceAll('~0', '~')];
    else if (current.type === 'array') current = current.items;
    else return false;
  }
  return current?.personal === true;
}

/** The value at a JSON Pointer, or undefined. */
export function valueAt(record: unknown, pointer: string): unknown {
  let current = record;
  for (const key of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return current;
}
