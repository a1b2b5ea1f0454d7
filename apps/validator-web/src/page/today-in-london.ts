// The same as @safeguarding/rules' todayInLondon, kept here so the page's own script does not pull
// the engine in (the rules entry builds the engine when it loads). en-CA formats dates as YYYY-MM-DD.
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date in England now: statutory timescales are counted in London days. */
export function todayInLondon(now: Date): string {
  return londonDate.format(now);
}
