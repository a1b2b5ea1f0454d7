import { describe, expect, it } from 'vitest';
import officialList from '../../data/bank-holidays-england-and-wales.json' with { type: 'json' };
import { dayOfWeek } from './civil-date.ts';
import { type BankHolidayEvent, ruleBasedBankHolidays } from './rule-based-holidays.ts';

function officialEventsOf(year: number): BankHolidayEvent[] {
  return officialList.events.filter((event) => event.date.startsWith(`${year}-`));
}

function missingFrom(events: BankHolidayEvent[], others: BankHolidayEvent[]): BankHolidayEvent[] {
  const key = (event: BankHolidayEvent) => `${event.date}|${event.title}|${event.notes}`;
  const otherKeys = new Set(others.map(key));
  return events.filter((event) => !otherKeys.has(key(event)));
}

/** Holidays that no rule predicts: moved or one-off by proclamation (GOV.UK official list). */
const oneOffDifferences: Record<number, { onlyByRule: string[]; onlyOfficial: string[] }> = {
  // VE day 75th anniversary: the early May holiday moved from Monday 4 to Friday 8 May.
  2020: { onlyByRule: ['2020-05-04'], onlyOfficial: ['2020-05-08'] },
  // Platinum Jubilee: spring holiday moved to Thursday 2 June plus Friday 3 June; state funeral 19 September.
  2022: { onlyByRule: ['2022-05-30'], onlyOfficial: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  // Coronation of King Charles III: an extra holiday on Monday 8 May.
  2023: { onlyByRule: [], onlyOfficial: ['2023-05-08'] },
};

describe('ruleBasedBankHolidays', () => {
  const years = Array.from({ length: 2027 - 2013 + 1 }, (_, index) => 2013 + index);

  it.each(years)('reproduces the official list for %i, except for known one-off holidays', (year) => {
    const byRule = ruleBasedBankHolidays(year);
    const official = officialEventsOf(year);
    const expected = oneOffDifferences[year] ?? { onlyByRule: [], onlyOfficial: [] };
    expect(missingFrom(byRule, official).map((event) => event.date)).toEqual(expected.onlyByRule);
    expect(missingFrom(official, byRule).map((event) => event.date)).toEqual(expected.onlyOfficial);
  });

  it.each([
    [2028, '2028-01-03', ['2028-12-25', '2028-12-26']],
    [2032, '2032-01-01', ['2032-12-27', '2032-12-28']],
    [2033, '2033-01-03', ['2033-12-26', '2033-12-27']],
    [2037, '2037-01-01', ['2037-12-25', '2037-12-28']],
  ])('%i: New Year %s and Christmas/Boxing Day %j', (year, newYear, christmas) => {
    const dates = ruleBasedBankHolidays(year).map((event) => event.date);
    expect(dates[0]).toBe(newYear);
    expect(dates.slice(-2)).toEqual(christmas);
  });

  it('gives eight weekday holidays in date order for every year 1900-2199', () => {
    for (let year = 1900; year <= 2199; year++) {
      const dates = ruleBasedBankHolidays(year).map((event) => event.date);
      expect(dates).toHaveLength(8);
      expect(dates).toEqual([...dates].sort());
      for (const date of dates) {
        expect(date.startsWith(`${year}-`)).toBe(true);
        expect([0, 6], date).not.toContain(dayOfWeek(date));
      }
    }
  });
});
