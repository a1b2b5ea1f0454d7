import { addDays, type CatalogueData } from '@safeguarding/rules';
import type { NextActions } from '@safeguarding/schemas';
import { createEvents, type EventAttributes } from 'ics';
import { citationText } from './citation-words.ts';
import { partyName } from './party-words.ts';

/**
 * The answer's due dates as an iCalendar file (Outlook, Google Calendar): one all-day event per
 * dated duty not yet done, with reminders at 9:00 five days before and the day
 * before. Undefined when nothing has a due date. The same answer always gives the same file.
 */
export function calendarFile(
  result: NextActions,
  catalogue: Pick<CatalogueData, 'parties' | 'sources' | 'editions'>,
): string | undefined {
  const events: EventAttributes[] = [];
  for (const action of result.actions) {
    if (action.dueDate === null || action.status === 'done' || action.status === 'done-late') continue;
    const dateArray = (date: string) => date.split('-').map(Number) as [number, number, number];
    const who = partyName(action.actor, catalogue);
    const to = action.recipients.map((party) => partyName(party, catalogue)).join(', ');
    const description = [
      `${action.title}: ${action.deadline}.`,
      `Who: ${who}${to ? `, to ${to}` : ''}. ${action.strength === 'must' ? 'Must (law).' : 'Should (statutory guidance).'}`,
      action.status === 'pending'
        ? 'The latest this can fall due, if its clock starts as late as it may.'
        : '',
      `Why: ${action.why}`,
      action.caveat ? `Check your local procedures: ${action.caveat}` : '',
      `Sources: ${action.citations.map((citation) => citationText(citation, catalogue)).join('; ')}.`,
    ]
      .filter((line) => line !== '')
      .join('\n');
    events.push({
      uid: `${action.duty}-${action.dueDate}@safeguarding-toolkit`,
      title: `Due: ${action.title}`,
      description,
      // An all-day event: from the due date to the next day (DTEND is exclusive).
      start: dateArray(action.dueDate),
      end: dateArray(addDays(action.dueDate, 1)),
      // ics takes the stamp as an extra attribute; the as-of day keeps the file the same for the same answer.
      ...({ timestamp: Date.parse(`${result.asOf}T00:00:00Z`) } as object),
      categories: ['Safeguarding'],
      alarms: [
        {
          action: 'display',
          description: `Due in 5 days: ${action.title}`,
          trigger: { days: 4, hours: 15, before: true },
        },
        {
          action: 'display',
          description: `Due tomorrow: ${action.title}`,
          trigger: { hours: 15, before: true },
        },
      ],
      productId: 'safeguarding-toolkit/assistant',
      calName: 'Safeguarding due dates',
    } as EventAttributes);
  }
  if (events.length === 0) return undefined;
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('the calendar file could not be made');
  return value;
}
