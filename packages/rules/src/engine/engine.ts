import {
  CaseFacts,
  type Deadline,
  type Duty,
  Edition,
  type EventName,
  explainIssues,
  type FactPath,
  type NextAction,
  type NextActions,
  type Question,
} from '@safeguarding/schemas';
import {
  addMonthsToDay,
  calendar as defaultCalendar,
  fromDayNumber,
  isValidDate,
  type WorkingDayCalendar,
} from '../calendar/index.ts';
import { DUTIES } from '../catalogue/duties.ts';
import { loadCatalogue } from '../catalogue/load-catalogue.ts';
import { EDITIONS, editionInForceOn, editionInfo } from '../editions.ts';
import { FactsError } from '../facts-error.ts';
import { type CaseView, createCaseView } from './case-view.ts';
import { type CompiledDuty, compileCatalogue } from './compile.ts';
import { evaluate, explain, FALSE, TRUE, UNKNOWN, unknownFacts } from './conditions.ts';
import { capitalise, EVENT_PHRASES, longDate } from './phrases.ts';
import { processesInPlay, processNotInPlay } from './processes.ts';
import { QUESTIONS } from './questions.ts';

export interface NextActionsOptions {
  /** The day the answer is for (YYYY-MM-DD). The engine has no clock: the caller says what today is. */
  asOf: string;
  /** Apply this edition instead of the one in force on the earliest event. */
  edition?: Edition;
}

export interface Engine {
  /** Validates the facts, then answers "what must we do next, and by when". Throws FactsError. */
  nextActions(facts: unknown, options: NextActionsOptions): NextActions;
  /** The same for facts already validated against CaseFacts (the hot path for callers that validate once). */
  evaluate(facts: CaseFacts, options: NextActionsOptions): NextActions;
  readonly duties: readonly Duty[];
}

interface Clock {
  dueDay: number | null;
  startEvent?: EventName;
  startDay?: number;
  projected?: boolean;
}

/** Creates an engine over a catalogue and a calendar (both validated); the package exports a default one. */
export function createEngine(
  options: { duties?: readonly unknown[]; calendar?: WorkingDayCalendar } = {},
): Engine {
  const duties = options.duties ? loadCatalogue(options.duties) : loadCatalogue(DUTIES);
  const calendar = options.calendar ?? defaultCalendar;
  const compiled = compileCatalogue(duties);

  function shift(
    day: number,
    amount: number,
    unit: Deadline extends infer D ? (D extends { unit: infer U } ? U : never) : never,
  ): number {
    switch (unit) {
      case 'working-days':
        return calendar.addWorkingDaysToDay(day, amount);
      case 'days':
        return day + amount;
      case 'hours':
        return day + Math.sign(amount) * Math.ceil(Math.abs(amount) / 24);
      case 'months':
        return addMonthsToDay(day, amount);
    }
    throw new Error(`unknown unit ${String(unit)}`);
  }

  function chooseEdition(
    facts: CaseFacts,
    options: NextActionsOptions,
  ): { edition: Edition; byDate: boolean } {
    const override = options.edition ?? facts.edition;
    if (override) return { edition: override, byDate: false };
    let earliest: string | undefined;
    let earliestName: string | undefined;
    for (const name in facts.events) {
      const date = facts.events[name as EventName];
      if (
        date !== undefined &&
        name !== 'publicationPlanned' &&
        (earliest === undefined || date < earliest)
      ) {
        earliest = date;
        earliestName = name;
      }
    }
    const date = earliest ?? options.asOf;
    const edition = editionInForceOn(date);
    if (!edition) {
      const first = longDate(EDITIONS[0]!.inForceFrom);
      throw new FactsError([
        earliestName
          ? {
              path: `events.${earliestName}`,
              pointer: `/events/${earliestName}`,
              message: `is before ${first}, when Working Together 2013 came in; the toolkit covers 2013 onwards (set edition to apply one anyway)`,
            }
          : {
              path: 'asOf',
              pointer: '/asOf',
              message: `is before ${first}; the toolkit covers Working Together 2013 onwards`,
            },
      ]);
    }
    return { edition: edition.id, byDate: true };
  }

  function evaluateFacts(facts: CaseFacts, options: NextActionsOptions): NextActions {
    const { edition, byDate } = chooseEdition(facts, options);
    const view = createCaseView(facts, edition, byDate, options.asOf);
    const inPlay = processesInPlay(facts, view.eventDay);
    const list = compiled[edition];
    const byId = new Map<string, CompiledDuty>();
    for (const entry of list) byId.set(entry.duty.id, entry);

    const applies = new Map<string, boolean>();
    const clocks = new Map<string, Clock>();
    const actions: NextAction[] = [];
    const notApplicable: NextActions['notApplicable'] = [];
    const needed: FactPath[] = [];

    function isInForce(entry: CompiledDuty): string | null {
      const window = entry.duty.window;
      if (view.editionByDate && window) {
        const date = view.eventDate[window.event];
        if (date !== undefined) {
          const inside = (!window.from || date >= window.from) && (!window.until || date <= window.until);
          return inside ? null : `${window.reason} Here ${EVENT_PHRASES[window.event]} on ${longDate(date)}.`;
        }
      }
      return entry.inEdition ? null : entry.outOfEdition;
    }

    function doesApply(entry: CompiledDuty): boolean {
      const id = entry.duty.id;
      const known = applies.get(id);
      if (known !== undefined) return known;
      const result =
        isInForce(entry) === null &&
        inPlay.has(entry.duty.process) &&
        evaluate(entry.duty.appliesWhen, view) === TRUE;
      applies.set(id, result);
      return result;
    }

    /** When the duty falls due, or that its start event has not happened (pending). */
    function clockOf(entry: CompiledDuty): Clock {
      const id = entry.duty.id;
      const known = clocks.get(id);
      if (known) return known;
      const clock = computeClock(entry);
      clocks.set(id, clock);
      return clock;
    }

    function computeClock(entry: CompiledDuty): Clock {
      const deadline = entry.deadline;
      switch (deadline.kind) {
        case 'fixed':
          return { dueDay: toDay(deadline.date) };
        case 'ongoing': {
          if (!deadline.until) return { dueDay: null };
          const start = firstEvent(deadline.until.from);
          return start
            ? { dueDay: shift(start.day, deadline.until.amount, deadline.until.unit), ...startOf(start) }
            : { dueDay: null };
        }
        case 'same-as': {
          const other = byId.get(deadline.duty);
          return other ? { ...clockOf(other) } : { dueDay: null };
        }
        case 'after':
        case 'before': {
          const direction = deadline.kind === 'after' ? 1 : -1;
          const start = firstEvent(deadline.from);
          if (start) {
            let dueDay = shift(start.day, direction * deadline.amount, deadline.unit);
            if (deadline.kind === 'after' && deadline.noLaterThan)
              dueDay = Math.min(dueDay, toDay(deadline.noLaterThan));
            return { dueDay, ...startOf(start) };
          }
          // Pending: if another applicable duty is discharged by this clock's start event, the
          // start can be no later than that duty's due date, so project from there.
          const startEvent = deadline.from[0]!;
          for (const other of list) {
            if (other.duty.done?.event !== startEvent || !doesApply(other)) continue;
            const otherClock = clockOf(other);
            if (otherClock.dueDay === null) continue;
            let dueDay = shift(otherClock.dueDay, direction * deadline.amount, deadline.unit);
            if (deadline.kind === 'after' && deadline.noLaterThan)
              dueDay = Math.min(dueDay, toDay(deadline.noLaterThan));
            return { dueDay, projected: true };
          }
          return { dueDay: null, projected: false };
        }
      }
    }

    function firstEvent(names: readonly EventName[]): { name: EventName; day: number } | undefined {
      for (const name of names) {
        const day = view.eventDay[name];
        if (day !== undefined) return { name, day };
      }
      return undefined;
    }

    for (const entry of list) {
      const { duty } = entry;
      const outOfForce = isInForce(entry);
      if (outOfForce !== null) {
        notApplicable.push({ duty: duty.id, why: outOfForce });
        continue;
      }
      if (!inPlay.has(duty.process)) {
        notApplicable.push({ duty: duty.id, why: processNotInPlay(duty.process) });
        continue;
      }
      const truth = evaluate(duty.appliesWhen, view);
      if (truth === UNKNOWN) {
        unknownFacts(duty.appliesWhen, view, needed);
        continue;
      }
      const reasons: string[] = [];
      explain(duty.appliesWhen, view, truth, reasons);
      if (truth === FALSE) {
        notApplicable.push({ duty: duty.id, why: `Does not apply: ${reasons.join('; ')}.` });
        continue;
      }
      applies.set(duty.id, true);
      const action = buildAction(entry, reasons);
      if (action) actions.push(action);
      else
        notApplicable.push({ duty: duty.id, why: `No longer applies: ${entry.deadlineWords} has passed.` });
    }

    function buildAction(entry: CompiledDuty, reasons: string[]): NextAction | undefined {
      const { duty, deadline } = entry;
      const clock = clockOf(entry);
      let status: NextAction['status'];
      const doneEvent = duty.done?.event;
      let doneDay = doneEvent === undefined ? undefined : view.eventDay[doneEvent];
      if (
        doneDay !== undefined &&
        duty.done?.onOrAfter &&
        view.eventDate[doneEvent!]! < duty.done.onOrAfter
      ) {
        doneDay = undefined;
      }
      if (deadline.kind === 'ongoing') {
        if (clock.dueDay !== null && clock.dueDay < view.asOfDay) return undefined;
        status = 'ongoing';
      } else if (doneDay !== undefined) {
        status = clock.dueDay === null || doneDay <= clock.dueDay ? 'done' : 'done-late';
      } else if (clock.dueDay === null || clock.projected) {
        status = 'pending';
      } else {
        status = clock.dueDay >= view.asOfDay ? 'due' : 'overdue';
      }
      const action: NextAction = {
        duty: duty.id,
        title: entry.title,
        actor: entry.actor,
        recipients: entry.recipients,
        strength: entry.strength,
        status,
        dueDate: clock.dueDay === null ? null : fromDayNumber(clock.dueDay),
        deadline: entry.deadlineWords,
        why: whyText(reasons, clock, status, doneEvent),
        confidence: entry.confidence,
        citations: entry.citations,
      };
      if (clock.projected) action.projected = true;
      if (clock.dueDay !== null && status !== 'done' && status !== 'done-late') {
        action.workingDaysRemaining = calendar.workingDaysBetweenDays(view.asOfDay, clock.dueDay);
      }
      if (entry.caveat) action.caveat = entry.caveat;
      return action;
    }

    function whyText(
      reasons: string[],
      clock: Clock,
      status: NextAction['status'],
      doneEvent?: EventName,
    ): string {
      let text = reasons.length > 0 ? `${capitalise(reasons.join('; '))}.` : 'Applies in every area.';
      if (clock.startEvent && clock.startDay !== undefined) {
        text += ` The clock runs from ${longDate(fromDayNumber(clock.startDay))}, when ${EVENT_PHRASES[clock.startEvent]}.`;
      } else if (status === 'pending') {
        text += clock.projected
          ? ' Its clock has not started; the date shown assumes it starts on the last day it may.'
          : ' Its clock has not started yet.';
      }
      if ((status === 'done' || status === 'done-late') && doneEvent) {
        text += ` Done: ${EVENT_PHRASES[doneEvent]} on ${longDate(view.eventDate[doneEvent]!)}.`;
      }
      return text;
    }

    actions.sort(compareActions);
    const questions: Question[] = needed.map((fact) => ({ fact, ...QUESTIONS[fact] }));
    return { edition, asOf: options.asOf, actions, notApplicable, questions };
  }

  function checkOptions(options: NextActionsOptions): void {
    if (typeof options.asOf !== 'string' || !isValidDate(options.asOf)) {
      throw new FactsError([
        { path: 'asOf', pointer: '/asOf', message: 'must be a real date written YYYY-MM-DD' },
      ]);
    }
    if (options.edition !== undefined && !Edition.safeParse(options.edition).success) {
      throw new FactsError([
        { path: 'edition', pointer: '/edition', message: `must be one of: ${Edition.options.join(', ')}` },
      ]);
    }
  }

  return {
    duties,
    evaluate(facts, options) {
      checkOptions(options);
      return evaluateFacts(facts, options);
    },
    nextActions(facts, options) {
      checkOptions(options);
      const parsed = CaseFacts.safeParse(facts);
      if (!parsed.success) throw new FactsError(explainIssues(parsed.error));
      return evaluateFacts(parsed.data, options);
    },
  };
}

function toDay(date: string): number {
  return Math.round(Date.parse(date) / 86_400_000);
}

function startOf(start: { name: EventName; day: number }): Pick<Clock, 'startEvent' | 'startDay'> {
  return { startEvent: start.name, startDay: start.day };
}

const STATUS_RANK: Record<NextAction['status'], number> = {
  overdue: 0,
  due: 1,
  pending: 1,
  ongoing: 1,
  done: 1,
  'done-late': 1,
};

/** Overdue first, then by due date (undated last), then by duty id (case-facts contract v1). */
function compareActions(a: NextAction, b: NextAction): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') ||
    a.duty.localeCompare(b.duty)
  );
}

export { editionInfo };
