import { z } from '@hono/zod-openapi';
import { explainIssues, type FieldError } from '@safeguarding/schemas';

/**
 * What a request body is, read as JSON: its value, or why it cannot be taken.
 * - `not-utf8`: bytes that are not UTF-8 (a lenient decoder would quietly store U+FFFD instead);
 * - `malformed`: not JSON at all;
 * - `not-i-json`: JSON that is not I-JSON (RFC 7493): a name twice in one object (§2.3: JSON.parse
 *   would keep the last one, so what is stored would not be what was sent) or a string holding a
 *   lone surrogate (§2.1: not Unicode text, and PostgreSQL refuses it). `errors` names each place.
 */
export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'not-utf8' | 'malformed' }
  | { ok: false; kind: 'not-i-json'; errors: FieldError[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** At most this many places are named; one is enough to fix, a few show a pattern. */
const MAX_ERRORS = 20;

export function parseJsonBody(bytes: Uint8Array): JsonBody {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, kind: 'not-utf8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'malformed' };
  }
  const duplicate = text.includes('{') ? firstDuplicateName(text) : undefined;
  if (duplicate) {
    return {
      ok: false,
      kind: 'not-i-json',
      errors: [fieldError(duplicate, 'is given more than once in the same object')],
    };
  }
  // A lone surrogate can only arrive escaped (raw, its bytes are not UTF-8), so most bodies skip the walk.
  if (/\\u[dD][89a-fA-F]/.test(text)) {
    const errors = loneSurrogates(value);
    if (errors.length > 0) return { ok: false, kind: 'not-i-json', errors };
  }
  return { ok: true, value };
}

/** A field error in the shape every other one has (dotted path and JSON Pointer), from a path and a message. */
function fieldError(path: (string | number)[], message: string): FieldError {
  const [error] = explainIssues(new z.ZodError([{ code: 'custom', path, message, input: undefined }]));
  return error ?? { path: path.join('.'), pointer: '', message };
}

type Frame = { object: true; names: Set<string>; name: string } | { object: false; index: number };

/**
 * The path of the first name given twice in one object, or undefined. Runs over text JSON.parse has
 * already accepted, so it only tracks containers and names; it uses a stack rather than recursion,
 * so deeply nested bodies cannot exhaust the call stack.
 */
function firstDuplicateName(text: string): (string | number)[] | undefined {
  const stack: Frame[] = [];
  let expectName = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      const end = closingQuote(text, i);
      const top = stack.at(-1);
      if (expectName && top?.object) {
        const raw = text.slice(i, end + 1);
        const name = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.names.has(name)) return [...pathOf(stack.slice(0, -1)), name];
        top.names.add(name);
        top.name = name;
        expectName = false;
      }
      i = end + 1;
      continue;
    }
    if (code === 0x7b /* { */) {
      stack.push({ object: true, names: new Set(), name: '' });
      expectName = true;
    } else if (code === 0x5b /* [ */) {
      stack.push({ object: false, index: 0 });
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      stack.pop();
    } else if (code === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.object) expectName = true;
      else if (top) top.index += 1;
    }
    i += 1;
  }
  return undefined;
}

function pathOf(frames: Frame[]): (string | number)[] {
  return frames.map((frame) => (frame.object ? frame.name : frame.index));
}

/** The index of the quote that closes the string opening at `start` (one not escaped by a backslash). */
function closingQuote(text: string, start: number): number {
  let at = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
}

/** A place in the body as a chain back to the root, so walking deep bodies copies no paths. */
type Place = { key: string | number; parent: Place | undefined } | undefined;

function pathTo(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = place; at !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Every name or string value that is not well-formed UTF-16 (a lone surrogate), walked without recursion. */
function loneSurrogates(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const message = 'contains a lone surrogate (such as \\ud800), which is not Unicode text';
  const pending: { node: unknown; place: Place }[] = [{ node: value, place: undefined }];
  while (pending.length > 0 && errors.length < MAX_ERRORS) {
    const { node, place } = pending.pop() as { node: unknown; place: Place };
    if (typeof node === 'string') {
      if (!node.isWellFormed()) errors.push(fieldError(pathTo(place), message));
    } else if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--)
        pending.push({ node: node[index], place: { key: index, parent: place } });
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [name, item] = entries[index] as [string, unknown];
        const at = { key: name, parent: place };
        if (!name.isWellFormed()) errors.push(fieldError(pathTo(at), message));
        pending.push({ node: item, place: at });
      }
    }
  }
  return errors;
}
