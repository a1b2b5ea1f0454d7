// en-CA formats dates as YYYY-MM-DD, the form the engine takes.
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date in England at an instant: deadlines are counted in London days, whatever the machine's zone. */
export function todayInLondon(now: Date): string {
  return londonDate.format(now);
}
