/** Plain-English messages for JSON Schema formats, shared by the build step and the checker. */
export const FORMAT_MESSAGES: Record<string, string> = {
  date: 'must be a real date written YYYY-MM-DD, for example 2026-11-23',
  'date-time': 'must be a date and time written like 2026-11-23T14:05:00Z',
  email: 'must be an email address',
  uri: 'must be a web address starting https://',
};

export const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of named fields',
  null: 'null',
};

/** `children.0.ageYears` from `/children/0/ageYears`: the name a spreadsheet column would have. */
export function dottedName(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** A sentence about a field: "children.0.ageYears must be a whole number." The record as a whole reads "The record …". */
export function sentence(pointer: string, predicate: string): string {
  return `${pointer === '' ? 'The record' : dottedName(pointer)} ${predicate}.`;
}
