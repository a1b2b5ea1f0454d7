import type {
  CatalogueCitation,
  ChecklistItem,
  Citation,
  Deadline,
  DeadlineUnit,
  Duty,
  DutyEdition,
  DutyProcess,
  Edition,
  EventName,
  FactPath,
  NextAction,
} from '@safeguarding/schemas';
import type * as z from 'zod';
import { toDayNumber } from '../calendar/index.ts';
import type { CatalogueData } from '../catalogue/check-catalogue.ts';
import { amountInWords, listInWords, longDate } from './answer-words.ts';
import { type CompiledCondition, ConditionCompiler } from './conditions.ts';

type Unit = z.infer<typeof DeadlineUnit>;

export interface EditionInfo {
  id: Edition;
  title: string;
  /** First day the edition applies. */
  inForceFrom: string;
  changes: readonly string[];
}

/** A process: how its edition is chosen and which events and facts bring it into a case. */
export interface CompiledProcess {
  id: DutyProcess;
  index: number;
  bit: number;
  label: string;
  /** Trigger events, most telling first; empty for a standing process (judged on the as-of date). */
  editionFrom: readonly EventName[];
  standing: boolean;
  /** Every event of the process, for "the earliest event of the process given". */
  events: readonly EventName[];
}

export type CompiledDeadline =
  | { kind: 'after' | 'before'; amount: number; unit: Unit; from: EventName[]; noLaterThanDay?: number }
  | { kind: 'fixed'; day: number }
  | { kind: 'same-as'; duty: string }
  | { kind: 'ongoing'; until?: { amount: number; unit: Unit; from: EventName[] } }
  | { kind: 'no-timescale'; words: string };

/** A duty with every value settled for one edition, and its deadline in words. */
export interface DutyInEdition {
  edition: Edition;
  title: string;
  actor: string;
  recipients: string[];
  strength: NextAction['strength'];
  deadline: CompiledDeadline;
  deadlineWords: string;
  confidence: NextAction['confidence'];
  caveat: string | undefined;
  citations: Citation[];
}

export interface CompiledDuty {
  duty: Duty;
  /** Position in the catalogue. */
  index: number;
  process: CompiledProcess;
  condition: CompiledCondition;
  /** The editions the duty belongs to, oldest first, and its rules under each. */
  editions: readonly Edition[];
  byEdition: Partial<Record<Edition, DutyInEdition>>;
  /** First day of its first edition: a duty with an earlier statutory start applies from before it. */
  firstEditionStarts: string;
  inForce?: { on?: EventName; from?: string; until?: string; before?: string; reason: string };
  done?: { event: EventName; onOrAfter?: string; occurrence: 'first' | 'latest' };
  /** The answer's entries for reasons that need no facts, built once and shared. */
  notInEdition: Partial<Record<Edition, { duty: string; why: string }>>;
  notInPlay: { duty: string; why: string };
  /** Entries for "outside its own dates", remembered by the event and date (answers repeat them). */
  outsideItsDates: Map<string, { duty: string; why: string }>;
}

export interface CompiledChecklistItem {
  byEdition: Partial<Record<Edition, ChecklistItem>>;
}

export interface CompiledCatalogue {
  data: CatalogueData;
  editions: readonly EditionInfo[];
  processes: readonly CompiledProcess[];
  processOf: Readonly<Record<DutyProcess, CompiledProcess>>;
  duties: readonly CompiledDuty[];
  byId: ReadonlyMap<string, CompiledDuty>;
  /** Which duties an event discharges (to project the clocks that start when they are done). */
  dischargedBy: ReadonlyMap<EventName, readonly CompiledDuty[]>;
  /** For each event and each block of facts, the processes it brings into a case (bit mask). */
  eventBits: Readonly<Partial<Record<EventName, number>>>;
  factBlockBits: Readonly<Record<string, number>>;
  plannedEvents: ReadonlySet<EventName>;
  warnings: readonly { message: string; condition: CompiledCondition }[];
  checklist: { condition: CompiledCondition; items: readonly CompiledChecklistItem[] };
  /** Questions, ordered as the vocabulary lists facts and then events (the most decisive first). */
  questionRank: ReadonlyMap<string, number>;
  question(path: string): { fact: string; ask: string; options?: string[] };
  resolveDate(ref: string): string;
  conditions: ConditionCompiler;
}

/** Compiles the checked catalogue once: conditions into closures, dates into days, words into sentences. */
export function compileCatalogue(data: CatalogueData): CompiledCatalogue {
  const editions: EditionInfo[] = data.editions.map(({ id, title, inForceFrom, changes }) => ({
    id,
    title,
    inForceFrom,
    changes,
  }));
  const editionStart = new Map(editions.map((edition) => [edition.id as string, edition.inForceFrom]));
  const resolveDate = (ref: string): string =>
    /^\d{4}-\d{2}-\d{2}$/.test(ref) ? ref : (data.dates[ref]?.date ?? editionStart.get(ref)!);
  const conditions = new ConditionCompiler(data, resolveDate);

  const processIds = Object.keys(data.processes) as DutyProcess[];
  const eventBits: Partial<Record<EventName, number>> = {};
  const processes = processIds.map((id, index): CompiledProcess => {
    const process = data.processes[id];
    const events = (Object.keys(data.events) as EventName[]).filter((event) =>
      ([] as DutyProcess[]).concat(data.events[event].process).includes(id),
    );
    for (const event of events) eventBits[event] = (eventBits[event] ?? 0) | (1 << index);
    return {
      id,
      index,
      bit: 1 << index,
      label: process.label,
      editionFrom: process.editionFrom ?? [],
      standing: process.standing === true,
      events,
    };
  });
  const processOf = Object.fromEntries(processes.map((process) => [process.id, process])) as Record<
    DutyProcess,
    CompiledProcess
  >;
  const factBlockBits: Record<string, number> = {};
  for (const [path, fact] of Object.entries(data.facts)) {
    if (fact.process) {
      const block = path.split('.')[0]!;
      factBlockBits[block] = (factBlockBits[block] ?? 0) | processOf[fact.process].bit;
    }
  }

  const clause = (event: EventName) => data.events[event].clause;
  const byIdRaw = new Map(data.duties.map((duty) => [duty.id, duty]));
  const titleOf = (id: string) => byIdRaw.get(id)?.title ?? id;

  const compileDeadline = (deadline: Deadline): CompiledDeadline => {
    switch (deadline.kind) {
      case 'after':
      case 'before':
        return {
          kind: deadline.kind,
          amount: deadline.amount,
          unit: deadline.unit,
          from: ([] as EventName[]).concat(deadline.from),
          ...(deadline.kind === 'after' && deadline.noLaterThan
            ? { noLaterThanDay: toDayNumber(resolveDate(deadline.noLaterThan)) }
            : {}),
        };
      case 'fixed':
        return { kind: 'fixed', day: toDayNumber(resolveDate(deadline.date)) };
      case 'same-as':
        return { kind: 'same-as', duty: deadline.duty };
      case 'ongoing':
        return deadline.until
          ? {
              kind: 'ongoing',
              until: { ...deadline.until, from: ([] as EventName[]).concat(deadline.until.from) },
            }
          : { kind: 'ongoing' };
      case 'no-timescale':
        return { kind: 'no-timescale', words: deadline.words };
    }
  };

  const deadlineWords = (deadline: Deadline, edition: Edition): string => {
    switch (deadline.kind) {
      case 'after': {
        const [first, ...others] = ([] as EventName[]).concat(deadline.from);
        let words =
          deadline.amount === 0
            ? `on the day ${clause(first!)}`
            : `${amountInWords(deadline.amount, deadline.unit)} after ${clause(first!)}`;
        for (const other of others) words += ` (or, if that has not happened, after ${clause(other)})`;
        if (deadline.noLaterThan)
          words += `, and no later than ${longDate(resolveDate(deadline.noLaterThan))}`;
        return words;
      }
      case 'before': {
        const [first, ...others] = ([] as EventName[]).concat(deadline.from);
        let words = `${amountInWords(deadline.amount, deadline.unit)} before ${clause(first!)}`;
        for (const other of others) words += ` (or, if there is no such date, before ${clause(other)})`;
        return words;
      }
      case 'fixed':
        return `by ${longDate(resolveDate(deadline.date))}`;
      case 'same-as': {
        const other = byIdRaw.get(deadline.duty)?.editions[edition]?.deadline;
        const otherWords = other && other.kind !== 'same-as' ? `: ${deadlineWords(other, edition)}` : '';
        return `as soon as “${titleOf(deadline.duty)}” is done, and by the same date${otherWords}`;
      }
      case 'ongoing':
        return deadline.until
          ? `ongoing, until ${amountInWords(deadline.until.amount, deadline.until.unit)} after ${clause(([] as EventName[]).concat(deadline.until.from)[0]!)}`
          : 'ongoing, with no single deadline';
      case 'no-timescale':
        return deadline.words;
    }
  };

  const citationOut = (citation: CatalogueCitation): Citation => {
    const source = data.sources[citation.source]!;
    const parts: string[] = [];
    if (citation.part) parts.push(`part ${citation.part}`);
    if (citation.chapter !== undefined) parts.push(`chapter ${citation.chapter}`);
    if (citation.section) parts.push(`section ${citation.section}`);
    if (citation.schedule) parts.push(`Schedule ${citation.schedule}`);
    if (citation.regulation) parts.push(`regulation ${citation.regulation}`);
    if (citation.paragraph !== undefined) parts.push(`paragraph ${citation.paragraph}`);
    if (citation.heading) parts.push(`“${citation.heading}”`);
    const ref = parts.length > 0 ? parts.join(', ') : source.title;
    const url = citation.url ?? source.url;
    return url ? { source: citation.source, ref, url } : { source: citation.source, ref };
  };

  const titles = new Map(editions.map((edition) => [edition.id, edition.title]));
  const duties = data.duties.map((duty, index): CompiledDuty => {
    const dutyEditions = editions
      .map((edition) => edition.id)
      .filter((id) => duty.editions[id] !== undefined);
    const byEdition: Partial<Record<Edition, DutyInEdition>> = {};
    for (const edition of dutyEditions) {
      const rules = duty.editions[edition] as DutyEdition;
      byEdition[edition] = {
        edition,
        title: duty.title,
        actor: rules.actor ?? duty.actor,
        recipients: rules.recipients ?? duty.recipients,
        strength: rules.strength ?? duty.strength,
        deadline: compileDeadline(rules.deadline),
        deadlineWords: deadlineWords(rules.deadline, edition),
        confidence: rules.confidence,
        caveat: rules.caveat,
        citations: rules.citations.map(citationOut),
      };
    }
    const belongsTo = `it applies under ${listInWords(dutyEditions.map((id) => titles.get(id)!))}`;
    const notInEdition: Partial<Record<Edition, { duty: string; why: string }>> = {};
    for (const edition of editions) {
      if (!byEdition[edition.id]) {
        notInEdition[edition.id] = Object.freeze({
          duty: duty.id,
          why: `Not part of ${edition.title}: ${belongsTo}.`,
        });
      }
    }
    const done =
      duty.done === undefined
        ? undefined
        : typeof duty.done === 'string'
          ? { event: duty.done, occurrence: 'latest' as const }
          : {
              event: duty.done.event,
              occurrence: duty.done.occurrence ?? 'latest',
              ...(duty.done.onOrAfter ? { onOrAfter: resolveDate(duty.done.onOrAfter) } : {}),
            };
    const process = processOf[duty.process];
    return {
      duty,
      index,
      process,
      condition: conditions.compile(duty.appliesWhen),
      editions: dutyEditions,
      byEdition,
      firstEditionStarts: editionStart.get(dutyEditions[0]!)!,
      ...(duty.inForce
        ? {
            inForce: {
              reason: duty.inForce.reason,
              ...(duty.inForce.on ? { on: duty.inForce.on } : {}),
              ...(duty.inForce.from ? { from: resolveDate(duty.inForce.from) } : {}),
              ...(duty.inForce.until ? { until: resolveDate(duty.inForce.until) } : {}),
              ...(duty.inForce.before ? { before: resolveDate(duty.inForce.before) } : {}),
            },
          }
        : {}),
      ...(done ? { done } : {}),
      notInEdition,
      notInPlay: Object.freeze({ duty: duty.id, why: data.processes[duty.process].notInPlay }),
      outsideItsDates: new Map(),
    };
  });

  const dischargedBy = new Map<EventName, CompiledDuty[]>();
  for (const entry of duties) {
    if (entry.done)
      dischargedBy.set(entry.done.event, [...(dischargedBy.get(entry.done.event) ?? []), entry]);
  }

  const questionRank = new Map<string, number>();
  for (const path of Object.keys(data.facts)) questionRank.set(path, questionRank.size);
  for (const event of Object.keys(data.events)) questionRank.set(`events.${event}`, questionRank.size);
  const questions = new Map<string, { fact: string; ask: string; options?: string[] }>();
  for (const [path, fact] of Object.entries(data.facts) as [FactPath, CatalogueData['facts'][FactPath]][]) {
    const options =
      fact.type === 'yes-no'
        ? ['yes', 'no']
        : fact.type === 'choice'
          ? Object.keys(fact.values ?? {}).filter((value) => !(fact.undecided ?? []).includes(value))
          : undefined;
    questions.set(
      path,
      options ? { fact: path, ask: fact.question, options } : { fact: path, ask: fact.question },
    );
  }
  for (const [event, words] of Object.entries(data.events)) {
    questions.set(`events.${event}`, { fact: `events.${event}`, ask: words.question });
  }

  const checklist = data.checklists.arrangements;
  return {
    data,
    editions,
    processes,
    processOf,
    duties,
    byId: new Map(duties.map((entry) => [entry.duty.id, entry])),
    dischargedBy,
    eventBits,
    factBlockBits,
    plannedEvents: new Set(
      (Object.keys(data.events) as EventName[]).filter((event) => data.events[event].planned === true),
    ),
    warnings: data.warnings.map((warning) => ({
      message: warning.message,
      condition: conditions.compile(warning.when),
    })),
    checklist: {
      condition: conditions.compile(checklist.appliesWhen),
      items: checklist.items.map((item) => ({
        byEdition: Object.fromEntries(
          Object.entries(item.editions).map(([edition, entry]) => [
            edition,
            {
              item: item.item,
              edition: edition as Edition,
              required: entry.required,
              strength: entry.strength,
              confidence: entry.confidence,
              citation: citationOut(entry.citation),
            },
          ]),
        ),
      })),
    },
    questionRank,
    question: (path) => questions.get(path)!,
    resolveDate,
    conditions,
  };
}
