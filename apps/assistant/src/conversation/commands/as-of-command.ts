import { EDITIONS, editionInForceOn } from '@safeguarding/rules';
import { longDate } from '../../cli/date-words.ts';
import { findDateMentions } from '../../understanding/date-mentions.ts';
import { resolveDate } from '../../understanding/resolve-date.ts';
import { answerNow } from '../proceed.ts';
import { notice, type SlashCommand } from './slash-command.ts';

export const asOfCommand: SlashCommand = {
  name: 'asof',
  usage: '/asof 2026-11-23',
  summary: 'answer as of another day (dates in the conversation are read from it too)',
  run(state, args, context) {
    if (args.trim() === '')
      return notice(state, `Answering as of ${longDate(state.asOf)}. /asof and a date changes it.`);
    const mention = findDateMentions(args, state.asOf)[0];
    const date = mention ? resolveDate(mention.form, state.asOf, 'past') : undefined;
    if (!date)
      return notice(
        state,
        `I could not read a date in "${args.trim()}". Try /asof 2026-11-23 or /asof 23/11/2026.`,
        'warning',
      );
    if (!editionInForceOn(date)) {
      const first = EDITIONS[0]!;
      return notice(
        state,
        `${longDate(date)} is before ${first.title} came in on ${longDate(first.inForceFrom)}; the toolkit covers ${first.title} onwards.`,
        'warning',
      );
    }
    return answerNow(notice({ ...state, asOf: date }, `Answering as of ${longDate(date)}.`), context);
  },
};
