import { calendarFile } from '../../present/calendar-file.ts';
import { notice, type SlashCommand } from './slash-command.ts';

export const icsCommand: SlashCommand = {
  name: 'ics',
  usage: '/ics due-dates.ics',
  summary: 'save the due dates as calendar events with reminders, for Outlook or Google Calendar',
  run(state, args, context) {
    const path = args.trim();
    if (path === '') return notice(state, 'Name the file: /ics due-dates.ics', 'warning');
    if (!state.result)
      return notice(state, 'There are no due dates yet: tell me about the case first.', 'warning');
    const content = calendarFile(state.result, context.engine.catalogue.data);
    if (!content)
      return notice(
        state,
        'Nothing in the answer has a due date still to meet, so there is nothing to put in a calendar.',
        'warning',
      );
    return { ...state, effect: { kind: 'write-file', path, content, what: 'the due dates' } };
  },
};
