import type { CaseFacts, NextActions } from '@safeguarding/schemas';
import type { DueItem } from './state.ts';

/** A record loaded from the API for /case: its facts as the engine reads them, and the API's answer. */
export interface LoadedCase {
  recordType: string;
  id: string;
  facts: CaseFacts;
  result: NextActions;
}

/** Everything that can happen to the conversation. */
export type ConversationAction =
  /** The user pressed Enter on a line of text. */
  | { type: 'submit'; text: string }
  /** The user picked option `index` of the question being asked (arrow keys and Enter). */
  | { type: 'choose'; index: number }
  /** The shell did the effect the state asked for. */
  | { type: 'file-written'; path: string; what: string }
  | { type: 'case-loaded'; loaded: LoadedCase }
  | { type: 'due-listed'; asOf: string; items: DueItem[] }
  | { type: 'effect-failed'; message: string };
