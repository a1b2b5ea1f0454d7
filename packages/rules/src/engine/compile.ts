import type {
  Citation,
  Deadline,
  Duty,
  Edition,
  EventName,
  NextAction,
  Versioned,
} from '@safeguarding/schemas';
import { EDITION_IDS, editionInfo } from '../editions.ts';
import { type CompiledCondition, compileCondition } from './conditions.ts';
import { EVENT_PHRASES, longDate } from './phrases.ts';
import { PROCESS_BIT, processNotInPlay } from './processes.ts';

/** A duty with every edition-keyed value resolved for one edition, and its deadline in words. */
export interface CompiledDuty {
  duty: Duty;
  /** Position in the catalogue. */
  index: number;
  condition: CompiledCondition;
  /** The catalogue says the duty applies always: whatever the case is about. */
  always: boolean;
  inEdition: boolean;
  /** Why the duty is not part of this edition (when inEdition is false). */
  outOfEdition: string;
  /** The answer's entries for the two reasons that need no facts, built once and shared. */
  notInEdition: { duty: string; why: string };
  notInPlay: { duty: string; why: string };
  processBit: number;
  title: string;
  actor: string;
  recipients: string[];
  strength: NextAction['strength'];
  deadline: Deadline;
  deadlineWords: string;
  confidence: NextAction['confidence'];
  caveat: string | undefined;
  citations: Citation[];
}

export type CompiledCatalogue = Record<Edition, CompiledDuty[]>;

/** Per edition: the duties, and which duties each event discharges (for projecting pending clocks). */
export interface EditionRules {
  duties: CompiledDuty[];
  byId: Map<string, CompiledDuty>;
  dischargedBy: Map<EventName, CompiledDuty[]>;
}

export function editionRules(duties: CompiledDuty[]): EditionRules {
  const dischargedBy = new Map<EventName, CompiledDuty[]>();
  for (const entry of duties) {
    const event = entry.duty.done?.event;
    if (event) dischargedBy.set(event, [...(dischargedBy.get(event) ?? []), entry]);
  }
  return { duties, byId: new Map(duties.map((entry) => [entry.duty.id, entry])), dischargedBy };
}

function resolve<T>(value: Versioned<T>, edition: Edition, fallback: Edition): T {
  if (value !== null && typeof value === 'object' && 'byEdition' in (value as object)) {
    const byEdition = (value as { byEdition: Partial<Record<Edition, T>> }).byEdition;
    return (byEdition[edition] ?? byEdition[fallback]) as T;
  }
  return value as T;
}

const UNIT_WORDS = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  hours: ['hour', 'hours'],
  months: ['month', 'months'],
} as const;

function amountWords(amount: number, unit: keyof typeof UNIT_WORDS): string {
  return `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`;
}

function deadlineInWords(
  deadline: Deadline,
  others: Map<string, { title: string; deadline: Deadline }>,
): string {
  switch (deadline.kind) {
    case 'after': {
      const [first, ...others] = deadline.from;
      let words =
        deadline.amount === 0
          ? `on the day ${EVENT_PHRASES[first!]}`
          : `${amountWords(deadline.amount, deadline.unit)} after ${EVENT_PHRASES[first!]}`;
      for (const other of others) words += ` (or, if there is none, after ${EVENT_PHRASES[other]})`;
      if (deadline.noLaterThan) words += `, and no later than ${longDate(deadline.noLaterThan)}`;
      return words;
    }
    case 'before': {
      const [first, ...others] = deadline.from;
      let words = `${amountWords(deadline.amount, deadline.unit)} before ${EVENT_PHRASES[first!]}`;
      for (const other of others) words += ` (or, if there is none, before ${EVENT_PHRASES[other]})`;
      return words;
    }
    case 'fixed':
      return `by ${longDate(deadline.date)}`;
    case 'same-as': {
      const other = others.get(deadline.duty);
      const otherWords =
        other && other.deadline.kind !== 'same-as' ? `: ${deadlineInWords(other.deadline, others)}` : '';
      return `as soon as “${other?.title ?? deadline.duty}” is done, and by the same date${otherWords}`;
    }
    case 'ongoing':
      return deadline.until
        ? `ongoing, until ${amountWords(deadline.until.amount, deadline.until.unit)} after ${EVENT_PHRASES[deadline.until.from[0]!]}`
        : 'ongoing, with no single deadline';
  }
}

function editionList(editions: readonly Edition[]): string {
  const titles = editions.map((edition) => editionInfo(edition).title.replace('Working Together ', ''));
  return titles.length === 1 ? titles[0]! : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

/** Resolves every duty for every edition once, so an evaluation only looks values up. */
export function compileCatalogue(duties: readonly Duty[]): CompiledCatalogue {
  const compiled = {} as CompiledCatalogue;
  const conditions = duties.map((duty) => compileCondition(duty.appliesWhen));
  for (const edition of EDITION_IDS) {
    const others = new Map(
      duties.map((duty) => {
        const source = duty.editions.includes(edition) ? edition : duty.editions[0]!;
        return [duty.id, { title: duty.title, deadline: resolve(duty.deadline, source, source) }];
      }),
    );
    compiled[edition] = duties.map((duty, index) => {
      const inEdition = duty.editions.includes(edition);
      // Outside its editions a duty is still described (for "why not"), using its first edition's values.
      const source = inEdition ? edition : duty.editions[0]!;
      const deadline = resolve(duty.deadline, source, source);
      const confidence = resolve(duty.confidence, source, source);
      const outOfEdition = `Not part of ${editionInfo(edition).title}: it applies under Working Together ${editionList(duty.editions)}.`;
      const caveat = duty.caveat === undefined ? undefined : resolve(duty.caveat, source, source);
      return {
        duty,
        index,
        condition: conditions[index]!,
        always: 'always' in duty.appliesWhen,
        inEdition,
        outOfEdition,
        notInEdition: Object.freeze({ duty: duty.id, why: outOfEdition }),
        notInPlay: Object.freeze({ duty: duty.id, why: processNotInPlay(duty.process) }),
        processBit: PROCESS_BIT[duty.process],
        title: duty.title,
        actor: resolve(duty.actor, source, source),
        recipients: resolve(duty.recipients, source, source),
        strength: resolve(duty.strength, source, source),
        deadline,
        deadlineWords: deadlineInWords(deadline, others),
        confidence,
        caveat:
          confidence === 'high'
            ? undefined
            : (caveat ?? `Confidence is ${confidence}: check your local procedures.`),
        citations: duty.citations
          .filter((citation) => !citation.editions || citation.editions.includes(source))
          .map(({ source: name, ref, url }) => (url ? { source: name, ref, url } : { source: name, ref })),
      };
    });
  }
  return compiled;
}
