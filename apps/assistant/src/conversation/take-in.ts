import { applyChanges } from '../case/case-map.ts';
import { type Understanding, understand } from '../understanding/understand.ts';
import type { ConversationContext } from './context.ts';
import type { ConversationState } from './state.ts';

/** What the user's words add to the case, and the case with them. */
export function takeIn(
  state: ConversationState,
  text: string,
  context: ConversationContext,
): { state: ConversationState; understanding: Understanding } {
  const understanding = understand(text, state.asOf, context.vocabulary);
  const facts = applyChanges(state.facts, understanding.changes);
  const told = [...new Set([...state.told, ...understanding.undatedEvents])];
  // A fact the user now gives is no longer one they "do not know".
  const skipped = state.skipped.filter(
    (path) => !understanding.changes.some((change) => change.path === path),
  );
  const said = understanding.understood.length > 0 || understanding.unplacedDates.length > 0;
  return {
    understanding,
    state: {
      ...state,
      facts,
      told,
      skipped,
      transcript: said
        ? [
            ...state.transcript,
            { kind: 'understood', spans: understanding.understood, unplaced: understanding.unplacedDates },
          ]
        : state.transcript,
    },
  };
}

/** Whether the words said anything about a case. */
export function saidSomething(understanding: Understanding): boolean {
  return understanding.understood.length > 0 || understanding.undatedEvents.length > 0;
}
