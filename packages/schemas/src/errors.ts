import type * as z from 'zod';

/** One problem with one field, in words a practitioner can act on. */
export type FieldError = {
  /** Dotted path, for example `children[0].ageYears`; empty for the whole record. */
  path: string;
  /** The same place as a JSON Pointer (RFC 6901), for example `/children/0/ageYears`. */
  pointer: string;
  /** What is wrong, in plain English, without the field name: "is required". */
  message: string;
};

type Path = readonly PropertyKey[];

/** `children[0].ageYears`: array positions in brackets, names joined with dots. */
export function dottedPath(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** `/children/0/ageYears`, escaping `~` and `/` as RFC 6901 requires. */
export function jsonPointer(path: Path): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with named fields',
  date: 'a date',
  null: 'null',
};

/**
 * Our schemas write their own messages in lower case ("must be a real date…"); zod's built-in
 * messages start with a capital ("Invalid input…"). Keep ours, translate zod's.
 */
function isOwnMessage(message: string): boolean {
  return /^[a-z]/.test(message);
}

function plainMessage(issue: z.core.$ZodIssue): string {
  const missing = /received undefined$/.test(issue.message);
  if (issue.code === 'invalid_type' && missing) return 'is required';
  if (isOwnMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array')
        return `must list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'cannot be empty' : `must be at least ${issue.minimum} characters`;
      return issue.inclusive ? `must be ${issue.minimum} or more` : `must be more than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `can list at most ${issue.maximum} item${Number(issue.maximum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return issue.inclusive ? `must be ${issue.maximum} or less` : `must be less than ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'must be an email address';
      if (issue.format === 'url') return 'must be a web address';
      if (issue.format === 'date') return 'must be a real date written YYYY-MM-DD';
      if (issue.format === 'datetime') return 'must be a date and time written like 2026-11-23T14:05:00Z';
      return `is not in the expected format (${issue.format})`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    case 'invalid_key':
    case 'invalid_element':
      return 'has an entry that is not allowed';
    default:
      return 'is not valid';
  }
}

/**
 * Turns a zod error into one entry per problem field. An unknown property becomes one entry per
 * unknown key, with the key in the path, so the reader sees exactly which name was mistyped.
 */
export function explainIssues(error: z.ZodError): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        errors.push({ path: dottedPath(path), pointer: jsonPointer(path), message: 'is not a known field' });
      }
      continue;
    }
    errors.push({
      path: dottedPath(issue.path),
      pointer: jsonPointer(issue.path),
      message: plainMessage(issue),
    });
  }
  return errors;
}

/** One sentence per problem: `children[0].ageYears must be a whole number.` The root reads "The record …". */
export function describeIssues(error: z.ZodError): string {
  return explainIssues(error)
    .map((fieldError) => `${fieldError.path === '' ? 'The record' : fieldError.path} ${fieldError.message}.`)
    .join(' ');
}
