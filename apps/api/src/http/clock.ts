/** Where the API gets "now" from: injected, so tests fix the date and handlers never call `new Date()`. */
export type Clock = () => Date;

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's civil date in England (Europe/London), YYYY-MM-DD: the default as-of date. */
export function londonToday(clock: Clock): string {
  return londonDate.format(clock());
}
