import { editionInForceOn } from '@safeguarding/rules';
import { answerGeneralQuestion, dontKnow } from '../knowledge/general-question.ts';
import { answerWorkingDayQuestion } from '../knowledge/working-day-question.ts';
import type { ConversationContext } from './context.ts';
import { ASKS_FOR_ANSWER, DOES_NOT_KNOW, isQuestion, STOP_ASKING } from './intents.ts';
import { answerNow, proceed } from './proceed.ts';
import type { ConversationState } from './state.ts';
import { saidSomething, takeIn } from './take-in.ts';

/**
 * A message typed when no question is waiting. In order: a working-day question; a general
 * question that gives no dates or ages of its own ("what is a LADO?"); something about the case,
 * which is added to it and answered (after any questions); "what must we do next?"; otherwise a
 * general answer if one matches, or "I don't know".
 */
export function respondToMessage(
  state: ConversationState,
  text: string,
  context: ConversationContext,
): ConversationState {
  const info = (answer: NonNullable<ReturnType<typeof answerGeneralQuestion>>): ConversationState => ({
    ...state,
    transcript: [...state.transcript, { kind: 'info', answer }],
  });
  if (STOP_ASKING.test(text) || DOES_NOT_KNOW.test(text)) {
    return {
      ...state,
      transcript: [
        ...state.transcript,
        { kind: 'notice', tone: 'plain', text: 'No question is waiting, so there is nothing to skip.' },
      ],
    };
  }
  const workingDays = answerWorkingDayQuestion(text, {
    calendar: context.engine.calendar,
    knowledge: context.knowledge,
    asOf: state.asOf,
  });
  if (workingDays) return info(workingDays);

  const general = () =>
    answerGeneralQuestion(text, {
      engine: context.engine,
      knowledge: context.knowledge,
      index: context.index,
      edition: state.edition ?? editionInForceOn(state.asOf)?.id ?? 'wt2023',
    });
  const taken = takeIn(state, text, context);
  const aboutCase = saidSomething(taken.understanding);
  const dated = taken.understanding.understood.some(
    (span) => span.path.startsWith('events.') || span.path === 'child.ageYears',
  );
  if (isQuestion(text) && !dated && !ASKS_FOR_ANSWER.test(text)) {
    const answer = general();
    if (answer) return info(answer);
  }
  if (aboutCase) return proceed({ ...taken.state, asked: 0 }, context);
  if (ASKS_FOR_ANSWER.test(text)) {
    if (Object.keys(state.facts).length > 0) return answerNow(state, context);
    return {
      ...state,
      transcript: [
        ...state.transcript,
        {
          kind: 'notice',
          tone: 'plain',
          text: 'Tell me about the case first: what happened, to whom, and when (for example "a 9 week old baby died yesterday, neglect suspected").',
        },
      ],
    };
  }
  const answer = general();
  if (answer) return info(answer);
  return info(dontKnow(context));
}
