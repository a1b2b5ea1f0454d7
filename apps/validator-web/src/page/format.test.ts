import type { Problem } from '@safeguarding/validator';
import { describe, expect, it } from 'vitest';
import { bytesInWords, dateInWords, fieldName, whereInWords } from './format.ts';

const problem = (where: Partial<Problem>): Problem => ({
  severity: 'error',
  code: 'X',
  message: 'm.',
  file: 'f',
  path: '',
  ...where,
});

describe('whereInWords', () => {
  it.each([
    {
      given: { file: 'a.csv', row: 3, column: 'laBecameAware', cell: 'H3', line: 4, path: '/laBecameAware' },
      want: 'a.csv, row 3, column laBecameAware (cell H3)',
    },
    {
      given: { file: 'a.xlsx', sheet: '2026', row: 2, column: 'area', cell: 'A2', path: '/area' },
      want: 'a.xlsx, sheet 2026, row 2, column area (cell A2)',
    },
    {
      given: { file: 'a.json', line: 55, path: '/children/0/ageYears' },
      want: 'a.json, line 55, field children.0.ageYears',
    },
    { given: { file: 'a.ndjson', line: 4, path: '' }, want: 'a.ndjson, line 4' },
    {
      given: { file: 'a.csv', row: 1, column: 'childName', cell: 'O1' },
      want: 'a.csv, row 1, column childName (cell O1)',
    },
  ])('$want', ({ given, want }) => {
    expect(whereInWords(problem(given))).toBe(want);
  });
});

describe('words for values', () => {
  it.each([
    [fieldName('/notifier/role'), 'notifier.role'],
    [fieldName('/a~1b/c~0d'), 'a/b.c~d'],
    [bytesInWords(999), '999 bytes'],
    [bytesInWords(12_345), '12 KB'],
    [bytesInWords(41_234_567), '41.2 MB'],
    [dateInWords('2026-11-23'), '23 November 2026'],
  ])('%s', (given, want) => {
    expect(given).toBe(want);
  });
});
