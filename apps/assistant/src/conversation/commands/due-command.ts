import { findDateMentions } from '../../understanding/date-mentions.ts';
import { resolveDate } from '../../understanding/resolve-date.ts';
import { NOT_CONFIGURED } from './case-command.ts';
import { notice, type SlashCommand } from './slash-command.ts';

export const dueCommand: SlashCommand = {
  name: 'due',
  usage: '/due [before a date]',
  summary: 'what is due across your cases, from the API (needs SAFEGUARDING_API_URL and SAFEGUARDING_TOKEN)',
  run(state, args, context) {
    if (!context.apiConfigured) return notice(state, NOT_CONFIGURED, 'warning');
    const written = args.trim();
    if (written === '') return { ...state, effect: { kind: 'list-due' } };
    const mention = findDateMentions(written, state.asOf)[0];
    const before = mention ? resolveDate(mention.form, state.asOf, 'future') : undefined;
    if (!before)
      return notice(
        state,
        `I could not read a date in "${written}": /due 2026-12-31, or /due alone.`,
        'warning',
      );
    return { ...state, effect: { kind: 'list-due', before } };
  },
};
