import { fromCaseFacts } from '../case/from-case-facts.ts';
import type { ConversationAction } from './actions.ts';
import { answerQuestion, chooseOption } from './answer-question.ts';
import { findCommand } from './commands/commands.ts';
import { notice } from './commands/slash-command.ts';
import type { ConversationContext } from './context.ts';
import { respondToMessage } from './respond-to-message.ts';
import type { ConversationState } from './state.ts';

/**
 * The conversation as a pure reducer: the state after an action, computed from the state, the
 * action and the context alone (the engine, the vocabulary and the glossary, which do not change).
 * Files and the network are the shell's: the reducer asks for them with `effect` and hears back
 * through an action.
 */
export function createReducer(context: ConversationContext) {
  return function reduce(state: ConversationState, action: ConversationAction): ConversationState {
    switch (action.type) {
      case 'submit':
        return submit(state, action.text, context);
      case 'choose': {
        const question = state.asking;
        const option = question?.options[action.index];
        if (!question || !option) return state;
        return chooseOption(state, question, option, context);
      }
      case 'file-written':
        return notice({ ...state, effect: undefined }, `Saved ${action.what} to ${action.path}.`);
      case 'case-loaded': {
        const { loaded } = action;
        const facts = fromCaseFacts(loaded.facts);
        return {
          ...state,
          effect: undefined,
          facts,
          told: [],
          skipped: [],
          asking: undefined,
          asked: 0,
          result: loaded.result,
          transcript: [
            ...state.transcript,
            {
              kind: 'notice',
              tone: 'plain',
              text: `Loaded ${loaded.recordType.replace(/-/g, ' ')} ${loaded.id} from the API. Its facts are now this conversation's case; /facts shows them.`,
            },
            { kind: 'answer', result: loaded.result },
          ],
        };
      }
      case 'due-listed':
        return {
          ...state,
          effect: undefined,
          transcript: [...state.transcript, { kind: 'due', items: action.items, asOf: action.asOf }],
        };
      case 'effect-failed':
        return notice({ ...state, effect: undefined }, action.message, 'error');
    }
  };
}

function submit(state: ConversationState, raw: string, context: ConversationContext): ConversationState {
  const text = raw.trim();
  if (text === '' || state.effect) return state;
  const next: ConversationState = {
    ...state,
    history: state.history.at(-1) === text ? state.history : [...state.history, text],
    transcript: [...state.transcript, { kind: 'user', text }],
  };
  if (text.startsWith('/')) {
    const [name = ''] = text.slice(1).split(/\s+/);
    const command = findCommand(name);
    if (!command) return notice(next, `There is no command /${name}. /help lists them.`, 'warning');
    return command.run(next, text.slice(1 + name.length), context);
  }
  if (next.asking) return answerQuestion(next, next.asking, text, context);
  return respondToMessage(next, text, context);
}
