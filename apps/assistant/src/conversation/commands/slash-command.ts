import type { ConversationContext } from '../context.ts';
import type { ConversationState } from '../state.ts';

/** A slash command: one per file, listed in commands.ts, shown by /help. */
export interface SlashCommand {
  name: string;
  /** How to type it: "/edition 2018". */
  usage: string;
  summary: string;
  run(state: ConversationState, args: string, context: ConversationContext): ConversationState;
}

export function notice(
  state: ConversationState,
  text: string,
  tone: 'plain' | 'warning' | 'error' = 'plain',
): ConversationState {
  return { ...state, transcript: [...state.transcript, { kind: 'notice', text, tone }] };
}
