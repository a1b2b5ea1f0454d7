import { todayInLondon } from '@safeguarding/rules';

/** Where the API gets "now" from: injected, so tests fix the date and handlers never call `new Date()`. */
export type Clock = () => Date;

let memo = { minute: Number.NaN, date: '' };

/**
 * Today's civil date in England (Europe/London), YYYY-MM-DD: the default as-of date. Remembered for
 * the rest of the minute (the date cannot change within a minute), because formatting is costly
 * on the hot path.
 */
export function londonToday(clock: Clock): string {
  const now = clock().getTime();
  const minute = Math.floor(now / 60_000);
  if (minute !== memo.minute) memo = { minute, date: todayInLondon(new Date(now)) };
  return memo.date;
}
