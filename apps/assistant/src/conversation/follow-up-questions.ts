import { addDays } from '@safeguarding/rules';
import type { EventName, FactPath, NextActions } from '@safeguarding/schemas';
import { capitalise } from '../case/fact-words.ts';
import { shortDate } from '../cli/date-words.ts';
import type { ConversationContext } from './context.ts';
import type { AssistantQuestion, ConversationState, QuestionOption } from './state.ts';

export const DONT_KNOW: QuestionOption = { label: "I don't know", value: null };

/**
 * The questions still worth asking, most decisive first: a fact the engine cannot be given until
 * it is known (what happened, when only the abuse or the place is known); the date of an event the
 * user said happened that a process is judged from ("the child died"); the engine's own questions;
 * then the dates of other events the user said happened without saying when, where that date
 * closes a duty of the answer. Facts already known or that the user does not know are left out.
 */
export function followUpQuestions(
  state: Pick<ConversationState, 'facts' | 'skipped' | 'told' | 'asOf'>,
  result: NextActions,
  missing: readonly FactPath[],
  context: ConversationContext,
): AssistantQuestion[] {
  const closing = new Set<EventName>();
  for (const action of result.actions) {
    const done = context.engine.catalogue.byId.get(action.duty)?.done?.event;
    if (done) closing.add(done);
  }
  const nothingInPlay = result.actions.length === 0 && result.questions.length === 0;
  const starting = state.told.filter((event) => startsUndatedProcess(event, state, context));
  const closed = state.told.filter(
    (event) => !starting.includes(event) && (closing.has(event) || nothingInPlay),
  );
  const paths: string[] = [
    ...missing,
    ...starting.map((event) => `events.${event}`),
    ...result.questions.map((question) => question.fact),
    ...closed.map((event) => `events.${event}`),
  ];
  const wanted = [...new Set(paths)].filter(
    (path) => state.facts[path] === undefined && !state.skipped.includes(path),
  );
  return wanted.map((path) => questionFor(path, state, context));
}

/**
 * The event a process is judged from ("the child died", "the referral came in"), when the case has
 * no date for that process yet: without it none of its duties can be dated.
 */
function startsUndatedProcess(
  event: EventName,
  state: Pick<ConversationState, 'facts'>,
  context: ConversationContext,
): boolean {
  const { processes, events } = context.engine.catalogue.data;
  const processesOf = (name: EventName) => ([] as string[]).concat(events[name].process);
  return processesOf(event).some((process) => {
    const first = processes[process as keyof typeof processes].editionFrom?.[0];
    if (first !== event) return false;
    return !Object.keys(state.facts).some(
      (path) =>
        path.startsWith('events.') &&
        processesOf(path.slice('events.'.length) as EventName).includes(process),
    );
  });
}

/** The question for a fact or event date, with its choices worded from the vocabulary. */
export function questionFor(
  path: string,
  state: Pick<ConversationState, 'facts' | 'asOf'>,
  context: ConversationContext,
): AssistantQuestion {
  const { catalogue } = context.engine;
  if (path.startsWith('events.')) {
    const event = path.slice('events.'.length) as EventName;
    return {
      path,
      ask: catalogue.data.events[event].question,
      kind: 'date',
      options: dateOptions(state, context),
    };
  }
  const question = catalogue.question(path);
  const fact = catalogue.data.facts[path as FactPath];
  const options: QuestionOption[] = (question.options ?? []).map((option) => {
    const value = fact.type === 'yes-no' ? option === 'yes' : option;
    const means = fact.values?.[String(value)]?.means;
    const label =
      fact.type === 'yes-no'
        ? `${option === 'yes' ? 'Yes' : 'No'}${means ? `: ${means}` : ''}`
        : capitalise(means ?? option);
    return { label, value };
  });
  return {
    path,
    ask: question.ask,
    kind: fact.type === 'number' ? 'number' : 'choice',
    options: [...options, DONT_KNOW],
  };
}

/** Dates worth offering: today, yesterday, and the case's own dates, each said in full. */
function dateOptions(
  state: Pick<ConversationState, 'facts' | 'asOf'>,
  context: ConversationContext,
): QuestionOption[] {
  const options: QuestionOption[] = [
    { label: `Today, ${shortDate(state.asOf)}`, value: state.asOf },
    { label: `Yesterday, ${shortDate(addDays(state.asOf, -1))}`, value: addDays(state.asOf, -1) },
  ];
  const events = context.engine.catalogue.data.events;
  for (const [path, value] of Object.entries(state.facts)) {
    if (!path.startsWith('events.') || typeof value !== 'string') continue;
    if (options.some((option) => option.value === value)) continue;
    const clause = events[path.slice('events.'.length) as EventName]?.clause;
    options.push({ label: `${shortDate(value)}, when ${clause ?? path}`, value });
  }
  return [...options, DONT_KNOW];
}
