import type { EventName, FactPath } from '@safeguarding/schemas';
import { applyChanges } from '../../case/case-map.ts';
import { factInWords } from '../../case/fact-words.ts';
import { findDateMentions } from '../../understanding/date-mentions.ts';
import { resolveDate } from '../../understanding/resolve-date.ts';
import { understand } from '../../understanding/understand.ts';
import type { FactValue } from '../../understanding/vocabulary.ts';
import type { ConversationContext } from '../context.ts';
import { answerNow } from '../proceed.ts';
import type { ConversationState } from '../state.ts';
import { notice, type SlashCommand } from './slash-command.ts';

const FORGET = /^(unknown|forget|clear|-|none|not known)$/i;

export const factsCommand: SlashCommand = {
  name: 'facts',
  usage: '/facts [fact value]',
  summary:
    'show the facts of the case; "/facts child.ageYears 17" or "/facts panelNotified 25/11/2026" corrects one, "/facts child.ageYears unknown" forgets it',
  run(state, args, context) {
    const trimmed = args.trim();
    if (trimmed === '') {
      return {
        ...state,
        transcript: [
          ...state.transcript,
          { kind: 'facts', facts: state.facts, asOf: state.asOf, edition: state.edition },
        ],
      };
    }
    const [name = '', ...rest] = trimmed.split(/\s+/);
    const written = rest.join(' ');
    const path = factPath(name, context);
    if (!path) {
      const known = [
        ...Object.keys(context.engine.catalogue.data.facts),
        ...Object.keys(context.engine.catalogue.data.events),
      ].join(', ');
      return notice(state, `There is no fact "${name}". The facts are: ${known}.`, 'warning');
    }
    if (written === '')
      return notice(state, `Give a value: /facts ${name} <value>, or /facts ${name} unknown.`, 'warning');
    if (FORGET.test(written)) {
      const next = { ...state, facts: applyChanges(state.facts, [{ path, value: null }]) };
      return answerNow(notice(next, `Forgotten: ${path}.`), context);
    }
    const value = parseValue(path, written, state, context);
    if (value === undefined)
      return notice(state, `"${written}" is not a value ${path} can take. ${hint(path, context)}`, 'warning');
    const next = { ...state, facts: applyChanges(state.facts, [{ path, value }]) };
    return answerNow(
      notice(next, `Set: ${factInWords(path, value, context.engine.catalogue.data)}.`),
      context,
    );
  },
};

function factPath(name: string, context: ConversationContext): string | undefined {
  const { facts, events } = context.engine.catalogue.data;
  if (Object.hasOwn(facts, name)) return name;
  const event = name.startsWith('events.') ? name.slice('events.'.length) : name;
  if (Object.hasOwn(events, event)) return `events.${event}`;
  return undefined;
}

function parseValue(
  path: string,
  written: string,
  state: ConversationState,
  context: ConversationContext,
): FactValue | undefined {
  if (path.startsWith('events.')) {
    const event = path.slice('events.'.length) as EventName;
    const mention = findDateMentions(written, state.asOf)[0];
    return mention
      ? resolveDate(mention.form, state.asOf, context.vocabulary.plannedEvents.has(event) ? 'future' : 'past')
      : undefined;
  }
  const fact = context.engine.catalogue.data.facts[path as FactPath];
  if (fact.type === 'number') return /^\d{1,3}$/.test(written) ? Number(written) : undefined;
  if (fact.type === 'yes-no') {
    if (/^(yes|y|true)$/i.test(written)) return true;
    if (/^(no|n|false)$/i.test(written)) return false;
  }
  if (fact.type === 'choice' && fact.values && Object.hasOwn(fact.values, written)) return written;
  const said = understand(written, state.asOf, context.vocabulary).changes.filter(
    (change) => change.path === path,
  );
  const value = said.at(-1)?.value;
  return value === null ? undefined : value;
}

function hint(path: string, context: ConversationContext): string {
  if (path.startsWith('events.')) return 'Give a date, such as 25/11/2026 or "yesterday".';
  const fact = context.engine.catalogue.data.facts[path as FactPath];
  if (fact.type === 'number') return 'Give a whole number.';
  if (fact.type === 'yes-no') return 'Give yes or no.';
  return `Give one of: ${Object.keys(fact.values ?? {}).join(', ')}.`;
}
