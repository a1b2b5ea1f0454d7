import { dayOfWeekOfDay, fromDayNumber, toDayNumber } from './civil-date.ts';
import { parseOfficialList } from './official-list.ts';
import { type BankHolidayEvent, ruleBasedBankHolidays } from './rule-based-holidays.ts';
import {
  SUPPORTED_FIRST_DAY,
  SUPPORTED_FIRST_YEAR,
  SUPPORTED_LAST_DAY,
  SUPPORTED_LAST_YEAR,
} from './supported-range.ts';

export interface BankHoliday {
  date: string;
  title: string;
  /** True when computed by rule for a year the official list does not cover: it may still change. */
  provisional: boolean;
}

export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** n > 0: the nth working day strictly after date; n < 0: the |n|th working day strictly before; n = 0: date itself. */
  addWorkingDays(date: string, n: number): string;
  /** Working days strictly after `from` up to and including `to`; negative (mirror) when to < from. */
  workingDaysBetween(from: string, to: string): number;
  /** Bank holidays from..to inclusive, sorted, each marked provisional or not. */
  bankHolidays(from: string, to: string): BankHoliday[];
  /** Same as addWorkingDays / workingDaysBetween on integer day numbers (days since 1970-01-01), for the engine's hot path. */
  addWorkingDaysToDay(day: number, n: number): number;
  workingDaysBetweenDays(from: number, to: number): number;
  /** First and last year covered by the official list. */
  readonly officialYears: { first: number; last: number };
}

const SATURDAY = 6;
const SUNDAY = 0;
const DAY_COUNT = SUPPORTED_LAST_DAY - SUPPORTED_FIRST_DAY + 1;
const RANGE_TEXT = `${fromDayNumber(SUPPORTED_FIRST_DAY)} to ${fromDayNumber(SUPPORTED_LAST_DAY)}`;

interface HolidayEntry extends BankHoliday {
  day: number;
}

function toHoliday(event: BankHolidayEvent, provisional: boolean): HolidayEntry {
  // Substitute days keep the holiday's title in the official list; say so in the title.
  const title = event.notes === '' ? event.title : `${event.title} (${event.notes})`;
  return { day: toDayNumber(event.date), date: event.date, title, provisional };
}

/** Official events for the years they cover, rule-based (provisional) ones for every other supported year. */
function allHolidays(official: { events: BankHolidayEvent[]; firstYear: number; lastYear: number }) {
  const holidays: HolidayEntry[] = [];
  for (let year = SUPPORTED_FIRST_YEAR; year < official.firstYear; year++) {
    for (const event of ruleBasedBankHolidays(year)) holidays.push(toHoliday(event, true));
  }
  for (const event of official.events) holidays.push(toHoliday(event, false));
  for (let year = official.lastYear + 1; year <= SUPPORTED_LAST_YEAR; year++) {
    for (const event of ruleBasedBankHolidays(year)) holidays.push(toHoliday(event, true));
  }
  return holidays;
}

/** Index of the first holiday on or after `day` (binary search; holidays are sorted). */
function firstHolidayIndexFrom(holidays: readonly HolidayEntry[], day: number): number {
  let low = 0;
  let high = holidays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((holidays[middle] as HolidayEntry).day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Builds a working-day calendar from an object shaped like the official GOV.UK England & Wales
 * bank-holiday JSON (`{ division, events: [{ title, date, notes }] }`). The list is the source
 * of truth for each year from its first to its last event; other years use the standing rules
 * and are marked provisional. Throws InvalidBankHolidayListError on a malformed list.
 *
 * Every query is a lookup in arrays built here once: `workingDaysUpTo[i]` counts working days
 * from the start of the range up to and including day i, and `workingDayNumbers` lists the
 * working days in order, so adding n working days is one count plus one index.
 */
export function createCalendar(official: unknown, source?: string): WorkingDayCalendar {
  const list = parseOfficialList(official, source);
  const holidays = allHolidays(list);

  const isHoliday = new Uint8Array(DAY_COUNT);
  for (const holiday of holidays) isHoliday[holiday.day - SUPPORTED_FIRST_DAY] = 1;

  const isWorking = new Uint8Array(DAY_COUNT);
  const workingDaysUpTo = new Int32Array(DAY_COUNT);
  const workingDayNumbers = new Int32Array(DAY_COUNT);
  let count = 0;
  let weekday = dayOfWeekOfDay(SUPPORTED_FIRST_DAY);
  for (let index = 0; index < DAY_COUNT; index++) {
    if (weekday !== SATURDAY && weekday !== SUNDAY && isHoliday[index] === 0) {
      isWorking[index] = 1;
      workingDayNumbers[count] = SUPPORTED_FIRST_DAY + index;
      count++;
    }
    workingDaysUpTo[index] = count;
    weekday = weekday === SATURDAY ? SUNDAY : weekday + 1;
  }
  const workingDayCount = count;

  function indexOfDay(day: number): number {
    if (!Number.isInteger(day) || day < SUPPORTED_FIRST_DAY || day > SUPPORTED_LAST_DAY) {
      const shown = Number.isInteger(day) && Math.abs(day) < 1e7 ? fromDayNumber(day) : `day number ${day}`;
      throw new RangeError(`${shown} is outside the dates the working-day calendar covers (${RANGE_TEXT})`);
    }
    return day - SUPPORTED_FIRST_DAY;
  }

  function addWorkingDaysToDay(day: number, n: number): number {
    const index = indexOfDay(day);
    if (!Number.isSafeInteger(n))
      throw new RangeError(`The number of working days must be a whole number (got ${n})`);
    if (n === 0) return day;
    const upToAndIncluding = workingDaysUpTo[index] as number;
    // Working days strictly after `day` start at position upToAndIncluding in the list; those
    // strictly before it end just before the position of `day` itself when it is a working day.
    const position = n > 0 ? upToAndIncluding + n - 1 : upToAndIncluding - (isWorking[index] as number) + n;
    if (position < 0 || position >= workingDayCount) {
      throw new RangeError(
        `${n} working days ${n > 0 ? 'after' : 'before'} ${fromDayNumber(day)} is outside the dates the working-day calendar covers (${RANGE_TEXT})`,
      );
    }
    return workingDayNumbers[position] as number;
  }

  function workingDaysBetweenDays(from: number, to: number): number {
    return (workingDaysUpTo[indexOfDay(to)] as number) - (workingDaysUpTo[indexOfDay(from)] as number);
  }

  function bankHolidays(from: string, to: string): BankHoliday[] {
    const fromDay = toDayNumber(from);
    const toDay = toDayNumber(to);
    // Outside the range there is no list to answer from: an empty answer would look like "no holidays".
    indexOfDay(fromDay);
    indexOfDay(toDay);
    const result: BankHoliday[] = [];
    for (let index = firstHolidayIndexFrom(holidays, fromDay); index < holidays.length; index++) {
      const holiday = holidays[index] as HolidayEntry;
      if (holiday.day > toDay) break;
      result.push({ date: holiday.date, title: holiday.title, provisional: holiday.provisional });
    }
    return result;
  }

  return {
    isWorkingDay: (date) => isWorking[indexOfDay(toDayNumber(date))] === 1,
    addWorkingDays: (date, n) => fromDayNumber(addWorkingDaysToDay(toDayNumber(date), n)),
    workingDaysBetween: (from, to) => workingDaysBetweenDays(toDayNumber(from), toDayNumber(to)),
    bankHolidays,
    addWorkingDaysToDay,
    workingDaysBetweenDays,
    officialYears: Object.freeze({ first: list.firstYear, last: list.lastYear }),
  };
}
