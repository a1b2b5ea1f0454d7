import type { ConversationContext } from './context.ts';
import { evaluateCase } from './evaluate-case.ts';
import { followUpQuestions } from './follow-up-questions.ts';
import type { ConversationState } from './state.ts';

/**
 * After the case changed: ask the next question still open, one at a time, or, when none is
 * left, give the answer.
 */
export function proceed(state: ConversationState, context: ConversationContext): ConversationState {
  const evaluation = evaluateCase(state.facts, state, context);
  if (!evaluation.ok) {
    return {
      ...state,
      asking: undefined,
      transcript: [
        ...state.transcript,
        {
          kind: 'notice',
          tone: 'error',
          text: `${evaluation.problem} Correct them in words, or with /facts.`,
        },
      ],
    };
  }
  const [next] = followUpQuestions(state, evaluation.result, evaluation.missing, context);
  if (next) return { ...state, asking: next, asked: state.asked + 1 };
  return {
    ...state,
    asking: undefined,
    asked: 0,
    result: evaluation.result,
    transcript: [...state.transcript, { kind: 'answer', result: evaluation.result }],
  };
}

/** Answers straight away, without asking (after /edition, /asof or /facts, and for "what now?"). */
export function answerNow(state: ConversationState, context: ConversationContext): ConversationState {
  if (Object.keys(state.facts).length === 0) return state;
  return proceed(state, context);
}
