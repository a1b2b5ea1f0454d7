/**
 * What the compiled validators (validators.generated.ts) call at run time: ajv's format checks,
 * and string length and deep equality written here so the compiled code needs no CommonJS
 * helpers from ajv (the browser bundle stays plain ES modules).
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

export const formats = fullFormats;

/** Length in Unicode code points, as JSON Schema's minLength and maxLength count. */
export function ucs2length(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** JSON equality: same type, same values, objects by their keys whatever the order. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  const left = Object.keys(a);
  const right = Object.keys(b);
  return (
    left.length === right.length &&
    left.every(
      (key) =>
        Object.hasOwn(b, key) &&
        equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
