import { addDays, calendar } from '@safeguarding/rules';

/** Days people name rather than date. Easter moves: it is read from the bank-holiday calendar. */
const NAMED_DAYS: Record<string, (year: number) => string | undefined> = {
  'christmas eve': (year) => `${year}-12-24`,
  'christmas day': (year) => `${year}-12-25`,
  'boxing day': (year) => `${year}-12-26`,
  'new years eve': (year) => `${year}-12-31`,
  'new years day': (year) => `${year}-01-01`,
  'good friday': (year) => goodFriday(year),
  'easter saturday': (year) => shifted(goodFriday(year), 1),
  'easter sunday': (year) => shifted(goodFriday(year), 2),
  'easter day': (year) => shifted(goodFriday(year), 2),
  'easter monday': (year) => shifted(goodFriday(year), 3),
  halloween: (year) => `${year}-10-31`,
  'bonfire night': (year) => `${year}-11-05`,
  'valentines day': (year) => `${year}-02-14`,
};

/** Matches a named day, optionally followed by a year: "Boxing Day", "Good Friday 2025". */
export const NAMED_DAY_PATTERN =
  /\b(christmas eve|christmas day|boxing day|new year['’]?s eve|new year['’]?s day|good friday|easter saturday|easter sunday|easter day|easter monday|hallowe['’]?en|bonfire night|valentine['’]?s day)(?:\s+(\d{4}))?\b/gi;

/** The key of a named day as written ("New Year's Eve" → "new years eve"). */
export function namedDayKey(written: string): string {
  return written.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
}

/** The date of a named day in a year, or undefined if it cannot be worked out. */
export function namedDayIn(key: string, year: number): string | undefined {
  return NAMED_DAYS[key]?.(year);
}

function goodFriday(year: number): string | undefined {
  return calendar
    .bankHolidays(`${year}-01-01`, `${year}-12-31`)
    .find((holiday) => holiday.title.startsWith('Good Friday'))?.date;
}

function shifted(date: string | undefined, days: number): string | undefined {
  return date === undefined ? undefined : addDays(date, days);
}
