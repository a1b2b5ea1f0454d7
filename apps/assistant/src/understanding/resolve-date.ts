import { addDays, dayOfWeek, isValidDate } from '@safeguarding/rules';
import type { DateForm } from './date-mentions.ts';
import { namedDayIn } from './named-days.ts';

/**
 * Which way an incomplete date is read from the as-of date: something that happened is the latest
 * such day on or before it ("on Wednesday", "on the 15th", "3 March"); something planned is the
 * first on or after it.
 */
export type DateDirection = 'past' | 'future';

/**
 * The civil date (YYYY-MM-DD) a mention means, or undefined when there is no such day. "The same
 * day" means the date said before it (`previous`).
 */
export function resolveDate(
  form: DateForm,
  asOf: string,
  direction: DateDirection,
  previous?: string,
): string | undefined {
  switch (form.kind) {
    case 'same-day':
      return previous;
    case 'exact':
      return form.date;
    case 'day-and-month':
      return nearestYear(asOf, direction, (year) => isoDate(year, form.month, form.day));
    case 'named':
      if (form.year !== undefined) return namedDayIn(form.key, form.year);
      return nearestYear(asOf, direction, (year) => namedDayIn(form.key, year));
    case 'weekday':
      return weekday(form.weekday, form.modifier, asOf, direction);
    case 'day-of-month':
      if (form.monthsBack !== undefined) return monthsBack(form.day, form.monthsBack, asOf);
      return dayOfMonth(form.day, form.weekday, asOf, direction);
  }
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}

/** This year's date if it lies the right way from the as-of date, else the year before (or after). */
function nearestYear(
  asOf: string,
  direction: DateDirection,
  dateIn: (year: number) => string | undefined,
): string | undefined {
  const year = Number(asOf.slice(0, 4));
  const step = direction === 'past' ? -1 : 1;
  // Up to eight years either way: 29 February needs a leap year.
  for (let offset = 0; Math.abs(offset) <= 8; offset += step) {
    const date = dateIn(year + offset);
    if (date !== undefined && (direction === 'past' ? date <= asOf : date >= asOf)) return date;
  }
  return undefined;
}

function weekday(
  target: number,
  modifier: 'last' | 'next' | 'this' | undefined,
  asOf: string,
  direction: DateDirection,
): string {
  const today = dayOfWeek(asOf);
  if (modifier === 'last') return addDays(asOf, -(((today - target + 6) % 7) + 1));
  if (modifier === 'next') return addDays(asOf, ((target - today + 6) % 7) + 1);
  if (modifier === 'this') {
    // The one in this week (Monday to Sunday).
    const mondayBased = (day: number) => (day + 6) % 7;
    return addDays(asOf, mondayBased(target) - mondayBased(today));
  }
  return direction === 'past'
    ? addDays(asOf, -((today - target + 7) % 7))
    : addDays(asOf, (target - today + 7) % 7);
}

/** That day of the month `back` months before the as-of date's month. */
function monthsBack(day: number, back: number, asOf: string): string | undefined {
  const months = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1 - back;
  return isoDate(Math.floor(months / 12), (months % 12) + 1, day);
}

function dayOfMonth(
  day: number,
  weekdayCheck: number | undefined,
  asOf: string,
  direction: DateDirection,
): string | undefined {
  let year = Number(asOf.slice(0, 4));
  let month = Number(asOf.slice(5, 7));
  const step = direction === 'past' ? -1 : 1;
  for (let tries = 0; tries < 24; tries++) {
    const date = isoDate(year, month, day);
    if (
      date !== undefined &&
      (direction === 'past' ? date <= asOf : date >= asOf) &&
      (weekdayCheck === undefined || dayOfWeek(date) === weekdayCheck)
    ) {
      return date;
    }
    month += step;
    if (month === 0) {
      month = 12;
      year--;
    } else if (month === 13) {
      month = 1;
      year++;
    }
  }
  return undefined;
}
