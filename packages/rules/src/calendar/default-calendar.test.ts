import { describe, expect, it } from 'vitest';
import officialList from '../../data/bank-holidays-england-and-wales.json' with { type: 'json' };
import { dayOfWeek, fromDayNumber, toDayNumber } from './civil-date.ts';
import { calendar } from './default-calendar.ts';

describe('the packaged calendar against the official GOV.UK list, day by day', () => {
  const officialDates = new Set(officialList.events.map((event) => event.date));

  it('covers exactly the years 2013 to 2027 officially', () => {
    expect(calendar.officialYears).toEqual({ first: 2013, last: 2027 });
  });

  it('has a bank holiday on a date in 2013-2027 exactly when the official list does, none provisional', () => {
    const holidays = calendar.bankHolidays('2013-01-01', '2027-12-31');
    expect(holidays.map((holiday) => holiday.date)).toEqual(officialList.events.map((event) => event.date));
    expect(holidays.filter((holiday) => holiday.provisional)).toEqual([]);

    let checkedDays = 0;
    for (let day = toDayNumber('2013-01-01'); day <= toDayNumber('2027-12-31'); day++) {
      const date = fromDayNumber(day);
      const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
      expect(calendar.isWorkingDay(date), date).toBe(!weekend && !officialDates.has(date));
      expect(calendar.bankHolidays(date, date).length, date).toBe(officialDates.has(date) ? 1 : 0);
      checkedDays++;
    }
    expect(checkedDays).toBe(5478);
  });

  it('keeps the official titles', () => {
    expect(calendar.bankHolidays('2022-09-19', '2022-09-19')).toEqual([
      {
        date: '2022-09-19',
        title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
        provisional: false,
      },
    ]);
  });
});
