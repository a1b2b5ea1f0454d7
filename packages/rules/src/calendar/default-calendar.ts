import officialList from '../../data/bank-holidays-england-and-wales.json' with { type: 'json' };
import { createCalendar, type WorkingDayCalendar } from './working-day-calendar.ts';

/**
 * The working-day calendar from the packaged copy of the official GOV.UK England & Wales
 * bank-holiday list. To use a newer copy without a code change, see `loadCalendarFile`.
 */
export const calendar: WorkingDayCalendar = createCalendar(
  officialList,
  'The packaged bank-holiday list (data/bank-holidays-england-and-wales.json)',
);
