import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, fromDayNumber, toDayNumber } from './civil-date.ts';
import { calendar } from './default-calendar.ts';

describe('addWorkingDays: the nth working day strictly after the trigger (trigger = day 0)', () => {
  it.each([
    // Christmas and New Year
    ['2026-12-24', 1, '2026-12-29', 'Christmas on Friday, Boxing Day substitute Monday 28th'],
    ['2026-12-23', 15, '2027-01-18', 'over Christmas and New Year'],
    ['2016-12-22', 5, '2017-01-03', 'Christmas substitute 27th and New Year substitute 2nd'],
    ['2021-12-24', 1, '2021-12-29', 'Christmas on Saturday: substitutes Monday 27th and Tuesday 28th'],
    ['2022-12-23', 1, '2022-12-28', 'Christmas on Sunday: Boxing Day 26th, Christmas substitute 27th'],
    ['2020-12-24', 1, '2020-12-29', 'Christmas on Friday: Boxing Day substitute Monday 28th'],
    ['2027-12-24', 2, '2027-12-30', 'Christmas on Saturday in a future year of the official list'],
    ['2026-11-23', 5, '2026-11-30', 'an ordinary week'],
    // Easter and May
    ['2026-04-01', 15, '2026-04-24', 'over Good Friday and Easter Monday'],
    ['2025-04-17', 5, '2025-04-28', 'from the day before Good Friday'],
    ['2026-03-31', 45, '2026-06-08', 'over Easter, early May and spring bank holidays'],
    ['2019-05-01', 15, '2019-05-23', 'over the early May bank holiday'],
    // One-off holidays
    ['2020-05-07', 1, '2020-05-11', 'VE day Friday 8 May 2020'],
    ['2020-05-01', 1, '2020-05-04', 'the first Monday of May 2020 was a working day'],
    ['2022-06-01', 1, '2022-06-06', 'Platinum Jubilee 2 and 3 June 2022'],
    ['2022-05-27', 1, '2022-05-30', 'the last Monday of May 2022 was a working day'],
    ['2022-09-16', 1, '2022-09-20', 'state funeral Monday 19 September 2022'],
    ['2023-05-05', 1, '2023-05-09', 'coronation Monday 8 May 2023'],
    // Trigger on a non-working day: its first working day is day 1
    ['2026-11-21', 1, '2026-11-23', 'Saturday trigger'],
    ['2026-11-22', 5, '2026-11-27', 'Sunday trigger'],
    ['2026-12-25', 1, '2026-12-29', 'Christmas Day trigger'],
    ['2026-12-26', 5, '2027-01-05', 'Saturday trigger over New Year'],
    // n = 0: the date itself, even when it is not a working day
    ['2026-12-25', 0, '2026-12-25', 'n = 0 on a holiday'],
    ['2026-11-23', 0, '2026-11-23', 'n = 0 on a working day'],
    // Backwards: the |n|th working day strictly before
    ['2025-02-20', -7, '2025-02-11', '7 working days before'],
    ['2026-12-29', -1, '2026-12-24', 'backwards over Christmas'],
    ['2026-12-28', -1, '2026-12-24', 'backwards from a holiday'],
    ['2026-11-22', -1, '2026-11-20', 'backwards from a Sunday'],
    ['2027-01-05', -5, '2026-12-24', 'backwards over New Year and Christmas'],
    // Provisional years beyond the official list follow the rules
    ['2028-12-22', 1, '2028-12-27', 'Christmas 2028 on Monday, Boxing Day Tuesday'],
    ['2032-12-24', 1, '2032-12-29', 'Christmas 2032 on Saturday: substitutes 27th and 28th'],
  ])('%s + %i working days = %s (%s)', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
    expect(fromDayNumber(calendar.addWorkingDaysToDay(toDayNumber(date), n))).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  it.each([
    // Substitute days
    '2015-12-28',
    '2016-12-27',
    '2017-01-02',
    '2020-12-28',
    '2021-12-27',
    '2021-12-28',
    '2022-01-03',
    '2022-12-27',
    '2023-01-02',
    '2026-12-28',
    '2027-12-27',
    '2027-12-28',
    // One-off holidays
    '2020-05-08',
    '2022-06-02',
    '2022-06-03',
    '2022-09-19',
    '2023-05-08',
    // Ordinary holidays and weekends
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-11-21',
    '2026-11-22',
  ])('%s is not a working day', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it.each(['2020-05-04', '2022-05-30', '2026-11-23', '2026-12-24', '2026-12-29', '2027-01-04', '2028-05-02'])(
    '%s is a working day',
    (date) => {
      expect(calendar.isWorkingDay(date)).toBe(true);
    },
  );
});

describe('workingDaysBetween: working days after `from` up to and including `to`', () => {
  it.each([
    ['2026-12-24', '2026-12-29', 1],
    ['2026-12-29', '2026-12-24', -1],
    ['2026-12-24', '2026-12-24', 0],
    ['2026-12-25', '2026-12-28', 0],
    ['2025-02-11', '2025-02-20', 7],
    ['2025-02-20', '2025-02-11', -7],
    ['2026-11-21', '2026-11-27', 5],
    ['2026-01-01', '2026-12-31', 253],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
    expect(calendar.workingDaysBetweenDays(toDayNumber(from), toDayNumber(to))).toBe(expected);
  });
});

describe('bankHolidays', () => {
  it('lists the holidays in a range, sorted, marking years beyond the official list provisional', () => {
    expect(calendar.bankHolidays('2027-12-01', '2028-04-30')).toEqual([
      { date: '2027-12-27', title: 'Christmas Day (Substitute day)', provisional: false },
      { date: '2027-12-28', title: 'Boxing Day (Substitute day)', provisional: false },
      { date: '2028-01-03', title: "New Year's Day (Substitute day)", provisional: true },
      { date: '2028-04-14', title: 'Good Friday', provisional: true },
      { date: '2028-04-17', title: 'Easter Monday', provisional: true },
    ]);
  });

  it('includes both ends of the range and is empty for a range without holidays', () => {
    expect(calendar.bankHolidays('2026-12-25', '2026-12-28').map((holiday) => holiday.date)).toEqual([
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(calendar.bankHolidays('2026-11-01', '2026-11-30')).toEqual([]);
    expect(calendar.bankHolidays('2026-12-31', '2026-12-01')).toEqual([]);
  });

  it('gives every supported year its eight standing holidays, in date order', () => {
    const holidays = calendar.bankHolidays('1900-01-01', '2199-12-31');
    const dates = holidays.map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    // 2022 had two extra holidays (jubilee, state funeral) and 2023 one (coronation).
    expect(holidays.length).toBe(300 * 8 + 3);
  });

  it('marks a holiday provisional exactly when its year is outside the official list', () => {
    expect(calendar.officialYears).toEqual({ first: 2013, last: 2027 });
    for (const holiday of calendar.bankHolidays('2010-01-01', '2030-12-31')) {
      const year = Number(holiday.date.slice(0, 4));
      expect(holiday.provisional).toBe(year < 2013 || year > 2027);
    }
  });
});

describe('the supported range', () => {
  it.each([
    () => calendar.addWorkingDays('2199-12-30', 5),
    () => calendar.addWorkingDays('1900-01-02', -5),
    () => calendar.isWorkingDay('1899-12-31'),
    () => calendar.workingDaysBetween('2026-01-01', '2200-01-01'),
    () => calendar.addWorkingDaysToDay(10_000_000, 1),
    () => calendar.bankHolidays('1899-01-01', '1900-12-31'),
  ])('throws a RangeError outside 1900-01-01 to 2199-12-31 (%#)', (query) => {
    expect(query).toThrow(RangeError);
    expect(query).toThrow('outside the dates the working-day calendar covers (1900-01-01 to 2199-12-31)');
  });

  it.each([
    () => calendar.addWorkingDays('2026-02-30', 1),
    () => calendar.addWorkingDays('2026-11-23', 1.5),
    () => calendar.workingDaysBetween('23/11/2026', '2026-11-30'),
  ])('throws a RangeError for an invalid date or count (%#)', (query) => {
    expect(query).toThrow(RangeError);
  });
});

describe('properties', () => {
  // Far enough inside the supported range that 600 working days either way stays inside it.
  const day = fc.integer({ min: toDayNumber('1903-01-01'), max: toDayNumber('2196-12-31') });
  const count = fc.integer({ min: 0, max: 600 });

  it('adding then subtracting n working days returns to the start, or the last working day before it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 600 }), (start, n) => {
        const back = calendar.addWorkingDaysToDay(calendar.addWorkingDaysToDay(start, n), -n);
        const date = fromDayNumber(start);
        if (calendar.isWorkingDay(date)) {
          expect(back).toBe(start);
        } else {
          expect(back).toBeLessThan(start);
          expect(calendar.isWorkingDay(fromDayNumber(back))).toBe(true);
          expect(calendar.workingDaysBetweenDays(back, start)).toBe(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts back exactly the n working days it added', () => {
    fc.assert(
      fc.property(day, count, (start, n) => {
        expect(calendar.workingDaysBetweenDays(start, calendar.addWorkingDaysToDay(start, n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('never lands on a weekend or bank holiday when n is not 0', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -600, max: 600 }), (start, n) => {
        fc.pre(n !== 0);
        const result = fromDayNumber(calendar.addWorkingDaysToDay(start, n));
        expect([0, 6]).not.toContain(dayOfWeek(result));
        expect(calendar.bankHolidays(result, result)).toEqual([]);
        expect(calendar.isWorkingDay(result)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 40 }), (start, n) => {
        let expected = start;
        for (let remaining = Math.abs(n); remaining > 0; ) {
          expected += Math.sign(n);
          if (calendar.isWorkingDay(fromDayNumber(expected))) remaining--;
        }
        expect(calendar.addWorkingDaysToDay(start, n)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
