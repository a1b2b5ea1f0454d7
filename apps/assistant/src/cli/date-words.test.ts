import { describe, expect, it } from 'vitest';
import { longDate, shortDate } from './date-words.ts';

describe('date words', () => {
  it.each([
    { date: '2026-11-30', short: 'Mon 30 Nov 2026', long: 'Monday 30 November 2026' },
    { date: '2027-01-01', short: 'Fri 1 Jan 2027', long: 'Friday 1 January 2027' },
    { date: '2026-09-06', short: 'Sun 6 Sep 2026', long: 'Sunday 6 September 2026' },
    { date: '2024-02-29', short: 'Thu 29 Feb 2024', long: 'Thursday 29 February 2024' },
  ])('$date reads $long', ({ date, short, long }) => {
    expect(shortDate(date)).toBe(short);
    expect(longDate(date)).toBe(long);
  });

  it('leaves the year out of a short date when asked', () => {
    expect(shortDate('2026-11-30', { withYear: false })).toBe('Mon 30 Nov');
  });
});
