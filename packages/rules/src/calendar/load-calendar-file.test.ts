import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calendar } from './default-calendar.ts';
import { loadCalendarFile } from './load-calendar-file.ts';
import { InvalidBankHolidayListError } from './official-list.ts';

function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

describe('loadCalendarFile: a malformed file fails with a message naming the file and the problem', () => {
  it.each([
    ['missing-events.json', 'events is missing'],
    ['events-not-a-list.json', 'events must be a list of bank holidays (got an object)'],
    ['empty-events.json', 'events is empty: the list must hold at least one bank holiday'],
    ['bad-date.json', 'events[3].date must be YYYY-MM-DD, a real date (got "2026-13-04")'],
    ['date-not-iso.json', 'events[0].date must be YYYY-MM-DD, a real date (got "01/01/2026")'],
    ['missing-title.json', 'events[5].title is missing'],
    ['list-not-an-object.json', 'the top level must be an object with "division" and "events" (got a list)'],
    ['wrong-division.json', 'division must be "england-and-wales" (got "scotland")'],
    ['duplicate-date.json', 'events[8].date 2026-12-25 repeats events[6]'],
    ['missing-year.json', 'no bank holidays listed for 2026, inside the years the list covers'],
    [
      'year-outside-range.json',
      'events[8].date 2250-12-25 is outside the years the calendar supports (1900 to 2199)',
    ],
    ['not-json.json', 'the file is not valid JSON'],
    ['no-such-file.json', 'the file could not be read: there is no such file'],
  ])('%s: %s', (name, problem) => {
    const load = () => loadCalendarFile(fixture(name));
    expect(load).toThrow(InvalidBankHolidayListError);
    expect(load).toThrow(`${fixture(name)} is not a valid bank-holiday list: ${problem}`);
  });
});

describe('loadCalendarFile: a newer copy of the official list', () => {
  const newer = loadCalendarFile(fixture('newer-list-with-2028.json'));

  it('extends the official years and makes 2028 holidays non-provisional', () => {
    expect(newer.officialYears).toEqual({ first: 2013, last: 2028 });
    expect(newer.bankHolidays('2028-01-01', '2028-12-31').every((holiday) => !holiday.provisional)).toBe(
      true,
    );
    expect(newer.bankHolidays('2029-01-01', '2029-01-01')).toEqual([
      { date: '2029-01-01', title: "New Year's Day", provisional: true },
    ]);
    expect(calendar.bankHolidays('2028-01-03', '2028-01-03')[0]?.provisional).toBe(true);
  });

  it('changes results where the newer list differs from the rules', () => {
    expect(calendar.isWorkingDay('2028-06-05')).toBe(true);
    expect(newer.isWorkingDay('2028-06-05')).toBe(false);
    expect(calendar.addWorkingDays('2028-06-02', 1)).toBe('2028-06-05');
    expect(newer.addWorkingDays('2028-06-02', 1)).toBe('2028-06-06');
    expect(newer.workingDaysBetween('2028-06-01', '2028-06-30')).toBe(
      calendar.workingDaysBetween('2028-06-01', '2028-06-30') - 1,
    );
  });

  it('agrees with the packaged calendar everywhere else', () => {
    for (const [date, n] of [
      ['2026-12-23', 15],
      ['2027-12-24', 5],
      ['2028-12-22', 3],
      ['2030-05-01', -20],
    ] as const) {
      expect(newer.addWorkingDays(date, n)).toBe(calendar.addWorkingDays(date, n));
    }
  });
});
