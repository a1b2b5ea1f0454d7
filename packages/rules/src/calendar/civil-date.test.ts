import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  dayOfWeek,
  daysInMonth,
  FIRST_DAY_NUMBER,
  fromDayNumber,
  isValidDate,
  LAST_DAY_NUMBER,
  toDayNumber,
} from './civil-date.ts';

describe('toDayNumber / fromDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2026-11-22', 20779],
    ['1900-01-01', -25567],
    ['0001-01-01', FIRST_DAY_NUMBER],
    ['9999-12-31', LAST_DAY_NUMBER],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it.each([
    '2026-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    '2026/01/01',
    '2026-01-01T00:00',
    '0000-01-01',
    '',
    'yesterday',
  ])('rejects %j with a RangeError', (date) => {
    expect(isValidDate(date)).toBe(false);
    expect(() => toDayNumber(date)).toThrow(RangeError);
    expect(() => toDayNumber(date)).toThrow('is not a real date in the form YYYY-MM-DD');
  });

  it.each([1.5, Number.NaN, FIRST_DAY_NUMBER - 1, LAST_DAY_NUMBER + 1])(
    'fromDayNumber(%d) is a RangeError',
    (day) => {
      expect(() => fromDayNumber(day)).toThrow(RangeError);
    },
  );

  it('agrees with the JavaScript UTC calendar (an independent implementation) on every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY_NUMBER, max: LAST_DAY_NUMBER }), (day) => {
        const date = fromDayNumber(day);
        expect(date).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(day);
        expect(isValidDate(date)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-11-22', 0],
    ['2026-12-25', 5],
    ['2027-12-25', 6],
    ['1969-12-28', 0],
    ['1900-01-01', 1],
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-22', 0, '2026-11-22'],
    ['2026-11-22', 365, '2027-11-22'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('rejects a fractional number of days', () => {
    expect(() => addDays('2026-11-22', 0.5)).toThrow('must be a whole number');
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-01-31', -13, '2024-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('keeps the day of the month, clamped to the month end, and never spills into the next month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }),
        fc.integer({ min: -1200, max: 1200 }),
        (day, n) => {
          const [year, month, dayOfMonth] = fromDayNumber(day).split('-').map(Number) as [
            number,
            number,
            number,
          ];
          const [newYear, newMonth, newDayOfMonth] = fromDayNumber(addMonthsToDay(day, n))
            .split('-')
            .map(Number) as [number, number, number];
          expect(newYear * 12 + newMonth - (year * 12 + month)).toBe(n);
          expect(newDayOfMonth).toBe(Math.min(dayOfMonth, daysInMonth(newYear, newMonth)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rejects a result outside years 0001 to 9999', () => {
    expect(() => addMonths('9999-12-01', 1)).toThrow(RangeError);
  });
});
