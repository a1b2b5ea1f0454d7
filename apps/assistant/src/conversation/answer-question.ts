import { applyChanges } from '../case/case-map.ts';
import { findAges } from '../understanding/ages.ts';
import { findDateMentions } from '../understanding/date-mentions.ts';
import { resolveDate } from '../understanding/resolve-date.ts';
import { understand } from '../understanding/understand.ts';
import type { FactValue } from '../understanding/vocabulary.ts';
import type { ConversationContext } from './context.ts';
import { DOES_NOT_KNOW, STOP_ASKING } from './intents.ts';
import { proceed } from './proceed.ts';
import type { AssistantQuestion, ConversationState, QuestionOption } from './state.ts';
import { saidSomething, takeIn } from './take-in.ts';

const YES = /^\s*(y|yes|yeah|yep|correct|true|it was|they were|she was|he was)\s*[.!]?\s*$/i;
const NO = /^\s*(n|no|nope|false|not|never|it wasn'?t|they weren'?t)\s*[.!]?\s*$/i;

/** The user picked an option of the question being asked (by arrow keys, a number, or its words). */
export function chooseOption(
  state: ConversationState,
  question: AssistantQuestion,
  option: QuestionOption,
  context: ConversationContext,
): ConversationState {
  const answered: ConversationState = {
    ...state,
    asking: undefined,
    transcript: [...state.transcript, { kind: 'answered', ask: question.ask, answer: option.label }],
  };
  if (option.value === null)
    return proceed({ ...answered, skipped: [...state.skipped, question.path] }, context);
  return proceed(setFact(answered, question.path, option.value), context);
}

function setFact(state: ConversationState, path: string, value: FactValue): ConversationState {
  return { ...state, facts: applyChanges(state.facts, [{ path, value }]) };
}

/**
 * A message typed while a question waits: "skip" or "don't know"; "skip all"; a choice by its
 * number or words; a date or a number; or, failing those, new facts about the case, after which
 * the questions carry on.
 */
export function answerQuestion(
  state: ConversationState,
  question: AssistantQuestion,
  text: string,
  context: ConversationContext,
): ConversationState {
  if (STOP_ASKING.test(text)) {
    const skipAll: ConversationState = {
      ...state,
      asking: undefined,
      skipped: [...state.skipped, question.path, ...pendingPaths(state, context)],
    };
    return proceed(skipAll, context);
  }
  if (DOES_NOT_KNOW.test(text)) return chooseOption(state, question, question.options.at(-1)!, context);

  const option = optionFromText(question, text, state, context);
  if (option) return chooseOption(state, question, option, context);

  // Something else: perhaps new facts ("actually she is 17"); the question stays if still open.
  const taken = takeIn(state, text, context);
  if (saidSomething(taken.understanding)) return proceed({ ...taken.state, asking: undefined }, context);
  return {
    ...state,
    transcript: [
      ...state.transcript,
      {
        kind: 'notice',
        tone: 'warning',
        text:
          question.kind === 'date'
            ? 'I could not read a date in that. Type one ("yesterday", "on Monday", "25/11/2026"), pick an option, or type "skip".'
            : question.kind === 'number'
              ? 'I could not read a number in that. Type one, or "skip".'
              : 'Please pick one of the options (by its number or its words), or type "skip".',
      },
    ],
  };
}

/** Every question that would follow this one, so "skip all" skips them all. */
function pendingPaths(state: ConversationState, context: ConversationContext): string[] {
  let probe: ConversationState = { ...state, asking: undefined };
  const skipped: string[] = [];
  for (let guard = 0; guard < 50; guard++) {
    probe = proceed({ ...probe, skipped: [...state.skipped, ...skipped] }, context);
    if (!probe.asking) break;
    skipped.push(probe.asking.path);
  }
  return skipped;
}

function optionFromText(
  question: AssistantQuestion,
  text: string,
  state: ConversationState,
  context: ConversationContext,
): QuestionOption | undefined {
  const trimmed = text.trim();
  const numbered =
    /^\d+$/.test(trimmed) && question.kind === 'choice' ? question.options[Number(trimmed) - 1] : undefined;
  if (numbered) return numbered;
  if (question.kind === 'number') {
    const age = findAges(trimmed)[0]?.years ?? (/^\d{1,3}$/.test(trimmed) ? Number(trimmed) : undefined);
    return age === undefined ? undefined : { label: String(age), value: age };
  }
  if (question.kind === 'date') {
    const event = question.path.slice('events.'.length);
    const direction = context.vocabulary.plannedEvents.has(event as never) ? 'future' : 'past';
    const mention = findDateMentions(trimmed, state.asOf)[0];
    const date = mention ? resolveDate(mention.form, state.asOf, direction) : undefined;
    if (date) return { label: trimmed, value: date };
    const chosen = /^\d+$/.test(trimmed) ? question.options[Number(trimmed) - 1] : undefined;
    return chosen;
  }
  const lower = trimmed.toLowerCase();
  const exact = question.options.find(
    (option) => option.label.toLowerCase() === lower || String(option.value).toLowerCase() === lower,
  );
  if (exact) return exact;
  if (question.options.some((option) => typeof option.value === 'boolean')) {
    if (YES.test(trimmed)) return question.options.find((option) => option.value === true);
    if (NO.test(trimmed)) return question.options.find((option) => option.value === false);
  }
  // The vocabulary's phrases for this fact: "in our area", "abroad", "suspected".
  const said = understand(trimmed, state.asOf, context.vocabulary).changes.filter(
    (change) => change.path === question.path,
  );
  const value = said.at(-1)?.value;
  return value === undefined || value === null
    ? undefined
    : question.options.find((option) => option.value === value);
}
