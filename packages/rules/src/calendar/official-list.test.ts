import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidBankHolidayListError, parseOfficialList } from './official-list.ts';
import { createCalendar } from './working-day-calendar.ts';

const christmas2026 = { title: 'Christmas Day', date: '2026-12-25', notes: '' };

describe('parseOfficialList', () => {
  it.each([
    [null, 'the top level must be an object with "division" and "events" (got null)'],
    ['2026-12-25', 'the top level must be an object with "division" and "events" (got string "2026-12-25")'],
    [{ events: [christmas2026] }, 'division is missing'],
    [
      { division: 'england-and-wales', events: [null] },
      'events[0] must be an object with title, date and notes',
    ],
    [
      { division: 'england-and-wales', events: [{ ...christmas2026, date: 20261225 }] },
      'events[0].date must be a date written YYYY-MM-DD (got number 20261225)',
    ],
    [
      { division: 'england-and-wales', events: [{ ...christmas2026, title: '' }] },
      'events[0].title must not be empty',
    ],
  ])('rejects %j: %s', (input, problem) => {
    expect(() => parseOfficialList(input)).toThrow(InvalidBankHolidayListError);
    expect(() => parseOfficialList(input)).toThrow(
      `The data given is not a valid bank-holiday list: ${problem}`,
    );
  });

  it('lists every problem it finds, up to five', () => {
    const events = Array.from({ length: 7 }, () => ({ ...christmas2026, date: 'soon' }));
    try {
      parseOfficialList({ division: 'england-and-wales', events });
      expect.unreachable('a list of bad dates should be rejected');
    } catch (error) {
      expect((error as InvalidBankHolidayListError).problems).toHaveLength(5);
    }
  });

  it('accepts notes left out, extra fields, and events out of order', () => {
    const list = parseOfficialList({
      division: 'england-and-wales',
      source: 'anywhere',
      events: [christmas2026, { title: "New Year's Day", date: '2026-01-01' }],
    });
    expect(list).toEqual({
      firstYear: 2026,
      lastYear: 2026,
      events: [{ title: "New Year's Day", date: '2026-01-01', notes: '' }, christmas2026],
    });
  });

  it('picks the England and Wales division out of the whole GOV.UK file', () => {
    const allDivisions = JSON.parse(
      readFileSync(new URL('./fixtures/all-divisions.json', import.meta.url), 'utf8'),
    );
    const calendar = createCalendar(allDivisions);
    expect(calendar.officialYears).toEqual({ first: 2026, last: 2026 });
    expect(calendar.isWorkingDay('2026-12-28')).toBe(false);
  });
});
