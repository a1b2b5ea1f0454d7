import { readFileSync } from 'node:fs';
import { InvalidBankHolidayListError } from './official-list.ts';
import { createCalendar, type WorkingDayCalendar } from './working-day-calendar.ts';

/**
 * Builds a working-day calendar from a bank-holiday JSON file: a newer copy of the official
 * GOV.UK list (the England & Wales division, or the whole GOV.UK file). The only function in
 * the calendar that reads from disk. Errors name the file and the problem.
 */
export function loadCalendarFile(path: string): WorkingDayCalendar {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : String(error);
    throw new InvalidBankHolidayListError(path, [`the file could not be read: ${reason}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidBankHolidayListError(path, [`the file is not valid JSON (${(error as Error).message})`]);
  }
  return createCalendar(json, path);
}
