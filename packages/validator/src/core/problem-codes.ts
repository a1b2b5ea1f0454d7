/**
 * Codes of the problems that are not coded record rules (those come from the schemas' x-rules,
 * like SI-003) or statutory timescales (`DUTY-` and the duty id). Each has a description used in
 * summaries.
 */
export const PROBLEM_CODES = {
  'FILE-UNREADABLE': 'The file could not be read as the format given.',
  'FILE-JSON': 'A line or item is not valid JSON.',
  'FILE-CUT-SHORT': 'The file ends in the middle of a record: it may have been cut short.',
  'FILE-UNKNOWN-COLUMN': 'A column the schema does not know.',
  'FILE-DUPLICATE-COLUMN': 'Two columns have the same name.',
  'FILE-ROW-LENGTH': 'A row has a different number of cells from the header.',
  'FILE-SHEET-SKIPPED': 'A sheet whose header names no known column was not read.',
  'FILE-EMPTY': 'The file holds no records.',
  'SCHEMA-REQUIRED': 'A required field is missing.',
  'SCHEMA-UNKNOWN-FIELD': 'A field the schema does not know.',
  'SCHEMA-TYPE': 'A value of the wrong type.',
  'SCHEMA-ENUM': 'A value that is not one of the allowed codes.',
  'SCHEMA-FORMAT': 'A date, date and time, email address or web address in the wrong form.',
  'SCHEMA-PATTERN': 'A code or reference in the wrong form.',
  'SCHEMA-LENGTH': 'Text that is empty or too long.',
  'SCHEMA-RANGE': 'A number out of range.',
  'SCHEMA-LIST': 'A list with too few or too many items, or a repeated item.',
  'SCHEMA-INVALID': 'A value that does not match the schema.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** What a duty code means in a summary. */
export const dutyCodeDescription = (title: string) => `Statutory timescale not met: ${title.toLowerCase()}.`;
