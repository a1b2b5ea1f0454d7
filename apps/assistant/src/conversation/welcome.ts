import { editionInForceOn } from '@safeguarding/rules';
import { longDate } from '../cli/date-words.ts';
import type { ConversationContext } from './context.ts';
import type { ConversationState } from './state.ts';

/** The first thing the chat says: where it stands, and how to start. */
export function welcome(state: ConversationState, context: ConversationContext): ConversationState {
  const edition = editionInForceOn(state.asOf)?.title;
  const where = context.apiConfigured
    ? 'Case details stay on this machine; /case and /due ask the API.'
    : 'Everything stays on this machine.';
  return {
    ...state,
    transcript: [
      ...state.transcript,
      {
        kind: 'notice',
        tone: 'plain',
        text: `Safeguarding assistant · as of ${longDate(state.asOf)}${edition ? ` · ${edition} in force` : ''}. Describe a case in your own words, or ask a question. ${where} /help shows what I can do.`,
      },
    ],
  };
}
