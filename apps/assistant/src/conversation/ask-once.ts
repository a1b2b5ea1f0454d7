import type { CaseFacts, Edition, NextActions, Question } from '@safeguarding/schemas';
import type { InfoAnswer } from '../knowledge/info-answer.ts';
import type { FactValue } from '../understanding/vocabulary.ts';
import type { ConversationContext } from './context.ts';
import { evaluateCase } from './evaluate-case.ts';
import { followUpQuestions } from './follow-up-questions.ts';
import { createReducer } from './reducer.ts';
import {
  type AssistantQuestion,
  type ConversationState,
  initialState,
  type TranscriptEntry,
} from './state.ts';

/** One span of the question's text and the fact it set (null: an event said not to have happened). */
export interface UnderstoodFact {
  text: string;
  start: number;
  end: number;
  fact: string;
  value: FactValue | null;
}

/** `safeguarding ask --json`: what was understood, the facts given to the engine, what is still open, the answer. */
export interface AskResult {
  facts: CaseFacts;
  understood: UnderstoodFact[];
  questions: Question[];
  answer: NextActions | InfoAnswer;
  /** A problem with the facts themselves (they contradict each other), said in a sentence. */
  problem?: string;
  /** The follow-up questions as the chat words them, for the text output. */
  asking: AssistantQuestion[];
}

/**
 * One question, answered without a conversation: the same reducer as the chat, but instead of
 * asking follow-up questions one at a time it answers with what is known and lists them.
 */
export function askOnce(
  text: string,
  options: { asOf: string; edition?: Edition },
  context: ConversationContext,
): AskResult {
  const reduce = createReducer(context);
  const state = reduce(initialState(options.asOf, options.edition), { type: 'submit', text });
  const understood = state.transcript.flatMap((entry) =>
    entry.kind === 'understood'
      ? entry.spans.map(({ text: said, start, end, path, value }) => ({
          text: said,
          start,
          end,
          fact: path,
          value,
        }))
      : [],
  );
  const last = state.transcript.at(-1);
  const evaluation = evaluateCase(state.facts, state, context);
  if (!evaluation.ok) {
    return {
      facts: evaluation.facts,
      understood,
      questions: [],
      asking: [],
      answer: info(evaluation.problem),
      problem: evaluation.problem,
    };
  }
  if (last?.kind === 'info')
    return { facts: evaluation.facts, understood, questions: [], asking: [], answer: last.answer };
  const aboutCase = state.asking !== undefined || last?.kind === 'answer';
  if (!aboutCase)
    return { facts: evaluation.facts, understood, questions: [], asking: [], answer: info(noticeText(last)) };
  const asking = followUpQuestions(
    state as ConversationState,
    evaluation.result,
    evaluation.missing,
    context,
  );
  return {
    facts: evaluation.facts,
    understood,
    questions: asking.map(({ path, ask, options: choices, kind }) =>
      kind === 'choice'
        ? {
            fact: path,
            ask,
            options: choices
              .filter((option) => option.value !== null)
              .map((option) =>
                String(option.value === true ? 'yes' : option.value === false ? 'no' : option.value),
              ),
          }
        : { fact: path, ask },
    ),
    asking,
    answer: evaluation.result,
  };
}

function info(text: string): InfoAnswer {
  return { kind: 'info', text, citations: [] };
}

function noticeText(entry: TranscriptEntry | undefined): string {
  return entry?.kind === 'notice' ? entry.text : 'I did not understand that.';
}
