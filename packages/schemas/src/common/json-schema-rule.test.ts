import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEFORE_2022_07_01, ON_OR_AFTER_2022_07_01, ON_OR_BEFORE_2019_09_29 } from './json-schema-rule.ts';

/** Real calendar dates from 1900 to 2199, written YYYY-MM-DD. */
const isoDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe.each([
  {
    name: 'ON_OR_AFTER_2022_07_01',
    pattern: ON_OR_AFTER_2022_07_01,
    holds: (date: string) => date >= '2022-07-01',
  },
  { name: 'BEFORE_2022_07_01', pattern: BEFORE_2022_07_01, holds: (date: string) => date < '2022-07-01' },
  {
    name: 'ON_OR_BEFORE_2019_09_29',
    pattern: ON_OR_BEFORE_2019_09_29,
    holds: (date: string) => date <= '2019-09-29',
  },
])('$name', ({ pattern, holds }) => {
  const regex = new RegExp(pattern);

  it('matches exactly the dates on its side of the line', () => {
    fc.assert(
      fc.property(isoDates, (date) => regex.test(date) === holds(date)),
      { numRuns: 5000 },
    );
  });

  it.each([
    '2019-09-28',
    '2019-09-29',
    '2019-09-30',
    '2019-10-01',
    '2022-06-30',
    '2022-07-01',
    '2022-07-02',
    '2023-01-01',
  ])('is right at the edge: %s', (date) => {
    expect(regex.test(date)).toBe(holds(date));
  });
});
