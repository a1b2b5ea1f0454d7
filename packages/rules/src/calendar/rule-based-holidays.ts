import { dayNumberFromParts, dayOfWeekOfDay, fromDayNumber } from './civil-date.ts';
import { easterSundayDay } from './easter.ts';

/** One bank holiday as the official list writes it. */
export interface BankHolidayEvent {
  date: string;
  title: string;
  notes: string;
}

const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;
const FRIDAY = 5;
const SUBSTITUTE_DAY = 'Substitute day';

function event(day: number, title: string, notes = ''): BankHolidayEvent {
  return { date: fromDayNumber(day), title, notes };
}

function firstMondayOfMonth(year: number, month: number): number {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((MONDAY - dayOfWeekOfDay(first) + 7) % 7);
}

function lastMondayOfMonth(year: number, month: number, lastDayOfMonth: number): number {
  const last = dayNumberFromParts(year, month, lastDayOfMonth);
  return last - ((dayOfWeekOfDay(last) - MONDAY + 7) % 7);
}

function newYearsDay(year: number): BankHolidayEvent {
  const day = dayNumberFromParts(year, 1, 1);
  const weekday = dayOfWeekOfDay(day);
  if (weekday === SATURDAY) return event(day + 2, "New Year's Day", SUBSTITUTE_DAY);
  if (weekday === SUNDAY) return event(day + 1, "New Year's Day", SUBSTITUTE_DAY);
  return event(day, "New Year's Day");
}

function christmasAndBoxingDay(year: number): BankHolidayEvent[] {
  const christmas = dayNumberFromParts(year, 12, 25);
  switch (dayOfWeekOfDay(christmas)) {
    case SATURDAY:
      // Both days fall on the weekend: each moves to the next free weekday, Monday then Tuesday.
      return [
        event(christmas + 2, 'Christmas Day', SUBSTITUTE_DAY),
        event(christmas + 3, 'Boxing Day', SUBSTITUTE_DAY),
      ];
    case SUNDAY:
      // Boxing Day keeps Monday 26th; Christmas takes the Tuesday.
      return [event(christmas + 1, 'Boxing Day'), event(christmas + 2, 'Christmas Day', SUBSTITUTE_DAY)];
    case FRIDAY:
      // Friday Christmas: Boxing Day is a Saturday and moves to Monday 28th.
      return [event(christmas, 'Christmas Day'), event(christmas + 3, 'Boxing Day', SUBSTITUTE_DAY)];
    default:
      return [event(christmas, 'Christmas Day'), event(christmas + 1, 'Boxing Day')];
  }
}

/**
 * England & Wales bank holidays of `year` by the standing pattern: New Year's Day, Good Friday,
 * Easter Monday, the first Monday of May, the last Mondays of May and August, Christmas Day and
 * Boxing Day, with weekend days moved to the next free weekday. Some of these come from the
 * Banking and Financial Dealings Act 1971 (Schedule 1), the rest from custom and yearly royal
 * proclamation; every year of the official GOV.UK list from 2013 follows this pattern except
 * for one-offs. One-off or moved holidays (jubilees, a state funeral, a coronation, VE day 2020)
 * cannot be predicted, which is why dates from these rules are marked provisional. The pattern
 * is also not history: before 1978 there was no early May holiday and before 1974 New Year's Day
 * was not a bank holiday in England and Wales, and earlier one-offs (for example 2011-04-29,
 * 2012-06-04/05) are missing.
 *
 * @see https://www.gov.uk/bank-holidays
 * @see https://www.legislation.gov.uk/ukpga/1971/80/schedule/1
 */
export function ruleBasedBankHolidays(year: number): BankHolidayEvent[] {
  const easterSunday = easterSundayDay(year);
  return [
    newYearsDay(year),
    event(easterSunday - 2, 'Good Friday'),
    event(easterSunday + 1, 'Easter Monday'),
    event(firstMondayOfMonth(year, 5), 'Early May bank holiday'),
    event(lastMondayOfMonth(year, 5, 31), 'Spring bank holiday'),
    event(lastMondayOfMonth(year, 8, 31), 'Summer bank holiday'),
    ...christmasAndBoxingDay(year),
  ];
}
