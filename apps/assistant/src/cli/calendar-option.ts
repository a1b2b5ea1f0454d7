import { calendar, InvalidBankHolidayListError, type WorkingDayCalendar } from '@safeguarding/rules';
import { loadCalendarFile } from '@safeguarding/rules/node';
import { UsageError } from './usage-error.ts';

/** The packaged calendar, or one built from a newer copy of the official bank-holiday JSON (--calendar). */
export function chooseCalendar(file: string | undefined): WorkingDayCalendar {
  if (file === undefined) return calendar;
  try {
    return loadCalendarFile(file);
  } catch (error) {
    if (error instanceof InvalidBankHolidayListError) throw new UsageError(`--calendar: ${error.message}`);
    throw error;
  }
}
