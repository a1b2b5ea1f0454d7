export {
  addDays,
  addMonths,
  addMonthsToDay,
  dayOfWeek,
  fromDayNumber,
  isValidDate,
  toDayNumber,
} from './civil-date.ts';
export { DAY_NAMES, MONTH_NAMES } from './date-names.ts';
export { calendar } from './default-calendar.ts';
export { InvalidBankHolidayListError } from './official-list.ts';
export { SUPPORTED_FIRST_YEAR, SUPPORTED_LAST_YEAR } from './supported-range.ts';
export { todayInLondon } from './today-in-london.ts';
export { type BankHoliday, createCalendar, type WorkingDayCalendar } from './working-day-calendar.ts';
