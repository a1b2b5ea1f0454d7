/**
 * Civil (calendar) dates written `YYYY-MM-DD`, and plain day arithmetic on them.
 *
 * Deadlines are civil dates in Europe/London with no time of day, so nothing here touches
 * `Date`: a date is turned into an integer day number (days since 1970-01-01, which is day 0)
 * and back with pure integer arithmetic in the proleptic Gregorian calendar. That keeps the
 * engine free of time-zone and daylight-saving surprises and makes the conversions cheap.
 *
 * Supported years: 0001 to 9999 (four-digit years only).
 */

/** Day number of 0001-01-01. */
export const FIRST_DAY_NUMBER = -719162;
/** Day number of 9999-12-31. */
export const LAST_DAY_NUMBER = 2932896;

const DAYS_PER_400_YEARS = 146097;
/** Days from 0000-03-01 (the start of the shifted, March-based calendar) to 1970-01-01. */
const EPOCH_SHIFT = 719468;

const ZERO = 48;

function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a valid year/month/day. The year is counted from March so that the leap day
 * falls at the end of the year; each March-based month then starts a fixed, formula-given
 * number of days into the year, and whole 400-year cycles (146097 days) are counted apart.
 */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const marchBasedYear = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(marchBasedYear / 400);
  const yearOfCycle = marchBasedYear - cycle * 400;
  const marchBasedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * marchBasedMonth + 2) / 5) + day - 1;
  const dayOfCycle =
    yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * DAYS_PER_400_YEARS + dayOfCycle - EPOCH_SHIFT;
}

/** The inverse of `dayNumberFromParts`. */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const shifted = dayNumber + EPOCH_SHIFT;
  const cycle = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfCycle = shifted - cycle * DAYS_PER_400_YEARS;
  // Remove the leap days already seen in this cycle so that dividing by 365 gives the year.
  const yearOfCycle = Math.floor(
    (dayOfCycle -
      Math.floor(dayOfCycle / 1460) +
      Math.floor(dayOfCycle / 36524) -
      Math.floor(dayOfCycle / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  const year = yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day number of `date`, or NaN when it is not a real date written `YYYY-MM-DD`. */
function parseDayNumber(date: string): number {
  if (typeof date !== 'string' || date.length !== 10) return Number.NaN;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const y1 = digitAt(date, 0);
  const y2 = digitAt(date, 1);
  const y3 = digitAt(date, 2);
  const y4 = digitAt(date, 3);
  const m1 = digitAt(date, 5);
  const m2 = digitAt(date, 6);
  const d1 = digitAt(date, 8);
  const d2 = digitAt(date, 9);
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return Number.NaN;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return dayNumberFromParts(year, month, day);
}

export function isValidDate(date: string): boolean {
  return !Number.isNaN(parseDayNumber(date));
}

/** Days since 1970-01-01. Throws a RangeError unless `date` is a real date written `YYYY-MM-DD`. */
export function toDayNumber(date: string): number {
  const dayNumber = parseDayNumber(date);
  if (Number.isNaN(dayNumber)) {
    throw new RangeError(`${JSON.stringify(date)} is not a real date in the form YYYY-MM-DD`);
  }
  return dayNumber;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** The `YYYY-MM-DD` date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY_NUMBER || dayNumber > LAST_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is not a whole day between years 0001 and 9999`);
  }
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${`${year}`.padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

function assertWholeNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number (got ${n})`);
}

export function addDays(date: string, n: number): string {
  assertWholeNumber(n, 'The number of days');
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday, on a day number (1970-01-01 was a Thursday). */
export function dayOfWeekOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return dayOfWeekOfDay(toDayNumber(date));
}

/**
 * The same day of the month `n` calendar months later (earlier when n < 0), clamped to the last
 * day of a shorter month: 2024-01-31 + 1 month is 2024-02-29, never 2 March.
 */
export function addMonthsToDay(dayNumber: number, n: number): number {
  assertWholeNumber(n, 'The number of months');
  const { year, month, day } = partsFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new RangeError(`Adding ${n} months leaves the years 0001 to 9999`);
  }
  return dayNumberFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addMonths(date: string, n: number): string {
  return fromDayNumber(addMonthsToDay(toDayNumber(date), n));
}
