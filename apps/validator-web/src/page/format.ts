import type { Problem } from '@safeguarding/validator';

const whole = new Intl.NumberFormat('en-GB');
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export const number = (value: number): string => whole.format(value);

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${number(count)} ${count === 1 ? one : many}`;

/** 2026-11-23 as "23 November 2026". */
export const dateInWords = (iso: string): string => longDate.format(new Date(`${iso}T00:00:00Z`));

/** A size in bytes as a person reads it: 950 KB, 12.4 MB. */
export function bytesInWords(bytes: number): string {
  if (bytes < 1000) return `${number(bytes)} bytes`;
  if (bytes < 1_000_000) return `${number(Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A JSON Pointer as the dotted name the spreadsheet convention uses: /children/0/ageYears → children.0.ageYears. */
export const fieldName = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');

/** Where a problem is, in the words a person uses to find it: file, sheet, row, column and cell, or line. */
export function whereInWords(problem: Problem): string {
  const parts = [problem.file];
  if (problem.sheet !== undefined) parts.push(`sheet ${problem.sheet}`);
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  else if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.column !== undefined)
    parts.push(`column ${problem.column}${problem.cell === undefined ? '' : ` (cell ${problem.cell})`}`);
  else if (problem.path !== '') parts.push(`field ${fieldName(problem.path)}`);
  return parts.join(', ');
}
