import { DAY_NAMES, dayOfWeek, MONTH_NAMES } from '@safeguarding/rules';

function parts(date: string): { weekday: string; day: number; month: string; year: string } {
  const [year, month, day] = date.split('-');
  return {
    weekday: DAY_NAMES[dayOfWeek(date)] as string,
    day: Number(day),
    month: MONTH_NAMES[Number(month) - 1] as string,
    year: year as string,
  };
}

/** "Mon", "Tue": the day of the week, short. */
export function shortWeekday(date: string): string {
  return parts(date).weekday.slice(0, 3);
}

/** "Mon 30 Nov 2026", or "Mon 30 Nov" when the reader already knows the year: at most 15 characters, for columns. */
export function shortDate(date: string, options: { withYear?: boolean } = {}): string {
  const { weekday, day, month, year } = parts(date);
  const text = `${weekday.slice(0, 3)} ${day} ${month.slice(0, 3)}`;
  return options.withYear === false ? text : `${text} ${year}`;
}

/** "Monday 30 November 2026". */
export function longDate(date: string): string {
  const { weekday, day, month, year } = parts(date);
  return `${weekday} ${day} ${month} ${year}`;
}
