import type {
  DeadlineUnit,
  EventName,
  FactPath,
  NextAction,
  NextActions,
  Question,
} from '@safeguarding/schemas';
import type * as z from 'zod';
import { addMonthsToDay, fromDayNumber, type WorkingDayCalendar } from '../calendar/index.ts';
import type { CaseView } from './case-view.ts';
import type { CompiledDuty, EditionRules } from './compile.ts';
import { FALSE, TRUE, UNKNOWN } from './conditions.ts';
import { EVENT_PHRASES, longDate, sentence } from './phrases.ts';
import { processesInPlay } from './processes.ts';
import { QUESTIONS } from './questions.ts';

type Unit = z.infer<typeof DeadlineUnit>;

interface Clock {
  dueDay: number | null;
  startEvent?: EventName;
  startDay?: number;
  projected?: boolean;
}

const NOT_COMPUTED = 0;
const APPLIES = 1;
const DOES_NOT_APPLY = 2;

/** One evaluation of one case: state lives here, so the engine allocates no closures per call. */
export class CaseEvaluation {
  private readonly view: CaseView;
  private readonly rules: EditionRules;
  private readonly calendar: WorkingDayCalendar;
  /** Bit mask of the processes the case touches. */
  private readonly inPlay: number;
  private readonly applies: Uint8Array;
  private readonly clocks: (Clock | undefined)[];

  constructor(view: CaseView, rules: EditionRules, calendar: WorkingDayCalendar) {
    this.view = view;
    this.rules = rules;
    this.calendar = calendar;
    this.inPlay = processesInPlay(view.facts, view.eventDay);
    this.applies = new Uint8Array(rules.duties.length);
    this.clocks = new Array(rules.duties.length);
  }

  run(): NextActions {
    const { view } = this;
    const actions: NextAction[] = [];
    const notApplicable: NextActions['notApplicable'] = [];
    const needed: FactPath[] = [];
    for (const entry of this.rules.duties) {
      const id = entry.duty.id;
      const outOfForce = this.outOfForce(entry);
      if (outOfForce !== null) {
        notApplicable.push(
          outOfForce === entry.outOfEdition ? entry.notInEdition : { duty: id, why: outOfForce },
        );
        continue;
      }
      if (!entry.always && (this.inPlay & entry.processBit) === 0) {
        notApplicable.push(entry.notInPlay);
        continue;
      }
      const truth = entry.condition.test(view);
      if (truth === UNKNOWN) {
        entry.condition.unknown(view, needed, false);
        continue;
      }
      const reasons: string[] = [];
      entry.condition.explain(view, truth, reasons);
      if (truth === FALSE) {
        notApplicable.push({
          duty: id,
          why: reasons.length > 0 ? sentence(reasons, 'Does not apply: ') : 'Does not apply to these facts.',
        });
        continue;
      }
      this.applies[entry.index] = APPLIES;
      const action = this.action(entry, reasons);
      if (action) actions.push(action);
      else notApplicable.push({ duty: id, why: `No longer applies: ${entry.deadlineWords} has passed.` });
    }
    actions.sort(compareActions);
    const questions: Question[] = needed.map((fact) => ({ fact, ...QUESTIONS[fact] }));
    return { edition: view.edition, asOf: view.asOf, actions, notApplicable, questions };
  }

  /** Why the duty is not in force for this case, or null when it is. */
  private outOfForce(entry: CompiledDuty): string | null {
    const window = entry.duty.window;
    if (this.view.editionByDate && window) {
      const date = this.view.eventDate[window.event];
      if (date !== undefined) {
        const inside = (!window.from || date >= window.from) && (!window.until || date <= window.until);
        return inside ? null : `${window.reason} Here ${EVENT_PHRASES[window.event]} on ${longDate(date)}.`;
      }
    }
    return entry.inEdition ? null : entry.outOfEdition;
  }

  private doesApply(entry: CompiledDuty): boolean {
    let state = this.applies[entry.index];
    if (state === NOT_COMPUTED) {
      state =
        this.outOfForce(entry) === null &&
        (entry.always || (this.inPlay & entry.processBit) !== 0) &&
        entry.condition.test(this.view) === TRUE
          ? APPLIES
          : DOES_NOT_APPLY;
      this.applies[entry.index] = state;
    }
    return state === APPLIES;
  }

  private shift(day: number, amount: number, unit: Unit): number {
    switch (unit) {
      case 'working-days':
        return this.calendar.addWorkingDaysToDay(day, amount);
      case 'days':
        return day + amount;
      case 'hours':
        return day + Math.sign(amount) * Math.ceil(Math.abs(amount) / 24);
      case 'months':
        return addMonthsToDay(day, amount);
    }
  }

  private firstEvent(names: readonly EventName[]): EventName | undefined {
    for (const name of names) if (this.view.eventDay[name] !== undefined) return name;
    return undefined;
  }

  /** When the duty falls due, or that its start event has not happened yet (pending). */
  private clock(entry: CompiledDuty): Clock {
    let clock = this.clocks[entry.index];
    if (!clock) {
      clock = this.computeClock(entry);
      this.clocks[entry.index] = clock;
    }
    return clock;
  }

  private computeClock(entry: CompiledDuty): Clock {
    const { deadline } = entry;
    const { eventDay } = this.view;
    switch (deadline.kind) {
      case 'fixed':
        return { dueDay: dayOf(deadline.date) };
      case 'ongoing': {
        const until = deadline.until;
        const start = until && this.firstEvent(until.from);
        if (!until || !start) return { dueDay: null };
        const startDay = eventDay[start]!;
        return { dueDay: this.shift(startDay, until.amount, until.unit), startEvent: start, startDay };
      }
      case 'same-as': {
        const other = this.rules.byId.get(deadline.duty);
        return other ? this.clock(other) : { dueDay: null };
      }
      case 'after':
      case 'before': {
        const signed = deadline.kind === 'after' ? deadline.amount : -deadline.amount;
        const cap =
          deadline.kind === 'after' && deadline.noLaterThan ? dayOf(deadline.noLaterThan) : Infinity;
        const start = this.firstEvent(deadline.from);
        if (start) {
          const startDay = eventDay[start]!;
          return {
            dueDay: Math.min(this.shift(startDay, signed, deadline.unit), cap),
            startEvent: start,
            startDay,
          };
        }
        // Pending. If an applicable duty is discharged by this clock's start event, the start can
        // be no later than that duty's due date: project from there.
        for (const other of this.rules.dischargedBy.get(deadline.from[0]!) ?? []) {
          if (!this.doesApply(other)) continue;
          const otherDue = this.clock(other).dueDay;
          if (otherDue === null) continue;
          return { dueDay: Math.min(this.shift(otherDue, signed, deadline.unit), cap), projected: true };
        }
        return { dueDay: null };
      }
    }
  }

  private action(entry: CompiledDuty, reasons: string[]): NextAction | undefined {
    const { duty } = entry;
    const { view } = this;
    const clock = this.clock(entry);
    const doneEvent = duty.done?.event;
    let doneDay = doneEvent === undefined ? undefined : view.eventDay[doneEvent];
    if (doneDay !== undefined && duty.done?.onOrAfter && view.eventDate[doneEvent!]! < duty.done.onOrAfter) {
      doneDay = undefined;
    }
    let status: NextAction['status'];
    if (entry.deadline.kind === 'ongoing') {
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
      dueDate: clock.dueDay === null ? null : isoDate(clock.dueDay),
      deadline: entry.deadlineWords,
      why: this.why(reasons, clock, status, doneEvent),
      confidence: entry.confidence,
      citations: entry.citations,
    };
    if (clock.projected) action.projected = true;
    if (clock.dueDay !== null && status !== 'done' && status !== 'done-late') {
      action.workingDaysRemaining = this.calendar.workingDaysBetweenDays(view.asOfDay, clock.dueDay);
    }
    if (entry.caveat) action.caveat = entry.caveat;
    return action;
  }

  private why(reasons: string[], clock: Clock, status: NextAction['status'], doneEvent?: EventName): string {
    let text = reasons.length > 0 ? sentence(reasons) : 'Applies in every area.';
    if (clock.startEvent && clock.startDay !== undefined) {
      text += ` The clock runs from ${longDate(this.view.eventDate[clock.startEvent]!)}, when ${EVENT_PHRASES[clock.startEvent]}.`;
    } else if (status === 'pending') {
      text += clock.projected
        ? ' Its clock has not started; the date shown assumes it starts on the last day it may.'
        : ' Its clock has not started yet.';
    }
    if ((status === 'done' || status === 'done-late') && doneEvent) {
      text += ` Done: ${EVENT_PHRASES[doneEvent]} on ${longDate(this.view.eventDate[doneEvent]!)}.`;
    }
    return text;
  }
}

const isoDates = new Map<number, string>();

/** fromDayNumber, remembered: answers repeat the same few due dates. */
function isoDate(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = fromDayNumber(day);
    if (isoDates.size > 50_000) isoDates.clear();
    isoDates.set(day, date);
  }
  return date;
}

function dayOf(date: string): number {
  return Math.round(Date.parse(date) / 86_400_000);
}

/** Overdue first, then by due date (undated last), then by duty id (case-facts contract v1). */
function compareActions(a: NextAction, b: NextAction): number {
  const overdueA = a.status === 'overdue' ? 0 : 1;
  const overdueB = b.status === 'overdue' ? 0 : 1;
  if (overdueA !== overdueB) return overdueA - overdueB;
  const dueA = a.dueDate ?? '~';
  const dueB = b.dueDate ?? '~';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.duty < b.duty ? -1 : a.duty > b.duty ? 1 : 0;
}
