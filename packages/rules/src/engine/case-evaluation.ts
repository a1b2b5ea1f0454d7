import type {
  ChecklistItem,
  DeadlineUnit,
  Edition,
  EventName,
  FactPath,
  NextAction,
  NextActions,
  Question,
} from '@safeguarding/schemas';
import type * as z from 'zod';
import { addMonthsToDay, fromDayNumber, toDayNumber, type WorkingDayCalendar } from '../calendar/index.ts';
import { capitalise, listInWords, longDate, sentence } from './answer-words.ts';
import { type CaseView, type JudgingContext, nextStamp } from './case-view.ts';
import type { CompiledCatalogue, CompiledDuty, CompiledProcess, DutyInEdition } from './compile.ts';
import { FALSE, TRUE, type Truth, UNKNOWN } from './conditions.ts';

type Unit = z.infer<typeof DeadlineUnit>;

interface Clock {
  dueDay: number | null;
  startEvent?: EventName;
  startDay?: number;
  projected?: boolean;
}

/** The first day of the official bank-holiday list, and the day after it ends. */
export interface ProvisionalDays {
  before: number;
  from: number;
}

export function provisionalDays(calendar: WorkingDayCalendar): ProvisionalDays {
  return {
    before: toDayNumber(`${calendar.officialYears.first}-01-01`),
    from: toDayNumber(`${calendar.officialYears.last + 1}-01-01`),
  };
}

/** When and under which edition a process is judged for this case. */
export interface ProcessJudgement {
  /** The date that chose the edition: the trigger event's, or the as-of date. */
  date: string;
  /** The event that gave the date, if any. */
  via: EventName | undefined;
  /** Undefined when the date is before the first edition the toolkit covers. */
  edition: Edition | undefined;
}

/** How a duty stands for this case: the rules it is judged under, and whether it applies. */
interface DutyState {
  /** Undefined when the duty is not in force for this case (outside its dates or its editions). */
  rules: DutyInEdition | undefined;
  truth: Truth;
  /** The date it is judged on. */
  date: string;
  /** The edition in force on that date (or the one the facts force). */
  edition: Edition | undefined;
  /** Ruled out by its own dates (`inForce`), not by its editions. */
  outsideItsDates: boolean;
}

function insideDates(window: NonNullable<CompiledDuty['inForce']>, date: string): boolean {
  return (
    (window.from === undefined || date >= window.from) &&
    (window.until === undefined || date <= window.until) &&
    (window.before === undefined || date < window.before)
  );
}

/** One evaluation of one case: state lives here, so the engine allocates no closures per call. */
export class CaseEvaluation {
  private readonly view: CaseView;
  private readonly catalogue: CompiledCatalogue;
  private readonly calendar: WorkingDayCalendar;
  private readonly override: Edition | undefined;
  private readonly editionOn: (date: string) => Edition | undefined;
  /** Bit mask of the processes the case touches. */
  private readonly inPlay: number;
  /** Only the processes in play are judged. */
  private readonly judged: ProcessJudgement[];
  private readonly states: (DutyState | undefined)[];
  private readonly clocks: (Clock | undefined)[];
  private readonly context: JudgingContext;
  /** Day numbers outside which bank holidays are worked out by rule (see provisionalYears). */
  private readonly provisional: ProvisionalDays;

  constructor(
    view: CaseView,
    catalogue: CompiledCatalogue,
    calendar: WorkingDayCalendar,
    override: Edition | undefined,
    editionOn: (date: string) => Edition | undefined,
    provisional: ProvisionalDays,
  ) {
    this.view = view;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.override = override;
    this.editionOn = editionOn;
    this.inPlay = this.processesInPlay();
    this.judged = new Array(catalogue.processes.length);
    for (const process of catalogue.processes) {
      if ((this.inPlay & process.bit) !== 0) this.judged[process.index] = this.judge(process);
    }
    this.states = new Array(catalogue.duties.length);
    this.clocks = new Array(catalogue.duties.length);
    this.context = { view, edition: override ?? editionOn(view.asOf)!, date: view.asOf, stamp: nextStamp() };
    this.provisional = provisional;
  }

  run(): NextActions {
    const { view } = this;
    const actions: NextAction[] = [];
    const notApplicable: NextActions['notApplicable'] = [];
    const needed: string[] = [];
    const warnings: string[] = [];
    for (const entry of this.catalogue.duties) {
      if ((this.inPlay & entry.process.bit) === 0) {
        notApplicable.push(entry.notInPlay);
        continue;
      }
      const judged = this.judged[entry.process.index]!;
      if (judged.edition === undefined && this.override === undefined) {
        notApplicable.push({ duty: entry.duty.id, why: this.beforeCoverage(entry.process, judged) });
        continue;
      }
      const state = this.state(entry);
      if (!state.rules) {
        notApplicable.push(this.whyNotInForce(entry, state));
        continue;
      }
      const context = this.contextFor(state);
      const reasons: string[] = [];
      entry.condition.explain(context, state.truth, reasons);
      if (state.truth === FALSE) {
        notApplicable.push({
          duty: entry.duty.id,
          why: reasons.length > 0 ? sentence(reasons, 'Does not apply: ') : 'Does not apply to these facts.',
        });
        continue;
      }
      let dependsOn: FactPath[] | undefined;
      if (state.truth === UNKNOWN) {
        dependsOn = [];
        entry.condition.unknown(context, dependsOn, false);
        for (const fact of dependsOn) if (!needed.includes(fact)) needed.push(fact);
      }
      const action = this.action(entry, state.rules, reasons, dependsOn, needed);
      if (action) actions.push(action);
      else
        notApplicable.push({
          duty: entry.duty.id,
          why: `No longer applies: ${state.rules.deadlineWords} has passed.`,
        });
    }
    actions.sort(compareActions);
    this.addWarnings(warnings);
    const rank = this.catalogue.questionRank;
    needed.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const questions: Question[] = needed.map((path) => this.catalogue.question(path));
    const result: NextActions = {
      edition: this.context.edition,
      asOf: view.asOf,
      actions,
      notApplicable,
      questions,
    };
    if (warnings.length > 0) result.warnings = warnings;
    const checklist = this.checklist();
    if (checklist.length > 0) result.checklist = checklist;
    return result;
  }

  // ── Which edition ───────────────────────────────────────────────────────────────────────────

  /** The processes the case touches, as a bit mask: a block of facts, or one of its events. */
  private processesInPlay(): number {
    const { facts, eventDay } = this.view;
    const { factBlockBits, eventBits } = this.catalogue;
    let mask = 0;
    for (const block in factBlockBits) {
      if ((facts as unknown as Record<string, unknown>)[block] !== undefined) mask |= factBlockBits[block]!;
    }
    for (const event in eventDay) mask |= eventBits[event as EventName] ?? 0;
    return mask;
  }

  /**
   * Each process is judged on its own trigger date (duties.md, "Which edition applies"): the first
   * trigger event given, else the earliest event of the process, else the as-of date. Standing
   * processes always on the as-of date. Events after the as-of date are not in the view, and
   * planned dates never choose an edition.
   */
  private judge(process: CompiledProcess): ProcessJudgement {
    const { eventDate, asOf } = this.view;
    let date: string | undefined;
    let via: EventName | undefined;
    if (!process.standing) {
      for (const event of process.editionFrom) {
        if (eventDate[event] !== undefined) {
          date = eventDate[event];
          via = event;
          break;
        }
      }
      if (date === undefined) {
        for (const event of process.events) {
          const eventOn = eventDate[event];
          if (
            eventOn !== undefined &&
            !this.catalogue.plannedEvents.has(event) &&
            (date === undefined || eventOn < date)
          ) {
            date = eventOn;
            via = event;
          }
        }
      }
    }
    date ??= asOf;
    return { date, via, edition: this.override ?? this.editionOn(date) };
  }

  /**
   * The rules a duty is judged under, and whether it applies. A duty belongs to its editions; one
   * whose law started before its edition was published (`inForce.from`) applies from that day, and
   * `inForce` can also end it or tie it to an event of its own.
   */
  private state(entry: CompiledDuty): DutyState {
    let state = this.states[entry.index];
    if (state) return state;
    const judged = this.judged[entry.process.index]!;
    const window = this.override === undefined ? entry.inForce : undefined;
    const windowDate = window && (window.on ? this.view.eventDate[window.on] : judged.date);
    const date = windowDate ?? judged.date;
    const inForceThen =
      this.override ?? (windowDate === undefined ? judged.edition : this.editionOn(windowDate));
    let edition = inForceThen;
    let outsideItsDates = false;
    if (window && windowDate !== undefined) {
      outsideItsDates = !insideDates(window, windowDate);
      // A duty whose law began before its first edition was published applies from the law's start.
      if (
        !outsideItsDates &&
        !(inForceThen && entry.byEdition[inForceThen]) &&
        windowDate < entry.firstEditionStarts
      ) {
        edition = entry.editions[0];
      }
    }
    const rules = outsideItsDates || edition === undefined ? undefined : entry.byEdition[edition];
    state = { rules, truth: FALSE, date, edition: inForceThen, outsideItsDates };
    if (rules) state.truth = entry.condition.test(this.contextFor(state));
    this.states[entry.index] = state;
    return state;
  }

  private contextFor(state: DutyState): JudgingContext {
    return this.setContext(state.rules!.edition, state.date);
  }

  private setContext(edition: Edition, date: string): JudgingContext {
    const context = this.context;
    if (context.edition !== edition || context.date !== date) {
      context.edition = edition;
      context.date = date;
      context.stamp = nextStamp();
    }
    return context;
  }

  /** A duty applies, or would once the open facts are answered. */
  private mayApply(entry: CompiledDuty): boolean {
    if ((this.inPlay & entry.process.bit) === 0) return false;
    const state = this.state(entry);
    return state.rules !== undefined && state.truth !== FALSE;
  }

  private whyNotInForce(entry: CompiledDuty, state: DutyState): { duty: string; why: string } {
    if (!state.outsideItsDates) return entry.notInEdition[state.edition!]!;
    const event = entry.inForce!.on ?? this.judged[entry.process.index]!.via;
    const key = `${event ?? ''} ${state.date}`;
    let entryWhy = entry.outsideItsDates.get(key);
    if (!entryWhy) {
      const here = event
        ? `Here ${this.catalogue.data.events[event].clause} on ${longDate(state.date)}.`
        : `This answer is as of ${longDate(state.date)}.`;
      entryWhy = Object.freeze({ duty: entry.duty.id, why: `${entry.inForce!.reason} ${here}` });
      if (entry.outsideItsDates.size > 1000) entry.outsideItsDates.clear();
      entry.outsideItsDates.set(key, entryWhy);
    }
    return entryWhy;
  }

  private beforeCoverage(process: CompiledProcess, judged: ProcessJudgement): string {
    const first = this.catalogue.editions[0]!;
    const what = judged.via
      ? `${capitalise(this.catalogue.data.events[judged.via].clause)} on ${longDate(judged.date)}`
      : `The ${process.label} dates from ${longDate(judged.date)}`;
    return `${what}, before ${first.title} came in on ${longDate(first.inForceFrom)}; the toolkit covers ${first.title} onwards.`;
  }

  // ── Deadlines ──────────────────────────────────────────────────────────────────────────────

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
  private clock(entry: CompiledDuty, rules: DutyInEdition): Clock {
    let clock = this.clocks[entry.index];
    if (!clock) {
      clock = this.computeClock(rules);
      this.clocks[entry.index] = clock;
    }
    return clock;
  }

  private computeClock(rules: DutyInEdition): Clock {
    const { deadline } = rules;
    const { eventDay } = this.view;
    switch (deadline.kind) {
      case 'fixed':
        return { dueDay: deadline.day };
      case 'no-timescale':
        return { dueDay: null };
      case 'ongoing': {
        const until = deadline.until;
        const start = until && this.firstEvent(until.from);
        if (!until || !start) return { dueDay: null };
        const startDay = eventDay[start]!;
        return { dueDay: this.shift(startDay, until.amount, until.unit), startEvent: start, startDay };
      }
      case 'same-as': {
        const other = this.catalogue.byId.get(deadline.duty);
        const otherRules = other && this.state(other).rules;
        return other && otherRules ? this.clock(other, otherRules) : { dueDay: null };
      }
      case 'after':
      case 'before': {
        const signed = deadline.kind === 'after' ? deadline.amount : -deadline.amount;
        const cap = deadline.noLaterThanDay ?? Infinity;
        const start = this.firstEvent(deadline.from);
        if (start) {
          const startDay = eventDay[start]!;
          return {
            dueDay: Math.min(this.shift(startDay, signed, deadline.unit), cap),
            startEvent: start,
            startDay,
          };
        }
        // Pending. If a duty that applies is discharged by this clock's start event, the start can
        // be no later than that duty's due date: project from there.
        for (const other of this.catalogue.dischargedBy.get(deadline.from[0]!) ?? []) {
          if (!this.mayApply(other)) continue;
          const otherDue = this.clock(other, this.state(other).rules!).dueDay;
          if (otherDue === null) continue;
          return { dueDay: Math.min(this.shift(otherDue, signed, deadline.unit), cap), projected: true };
        }
        return { dueDay: null };
      }
    }
  }

  /** The date a clock is waiting for, to ask about: not one a duty of this case is there to bring about. */
  private startToAsk(rules: DutyInEdition): EventName | undefined {
    const deadline = rules.deadline;
    if (deadline.kind !== 'after' && deadline.kind !== 'before') return undefined;
    const start = deadline.from[0]!;
    for (const other of this.catalogue.dischargedBy.get(start) ?? [])
      if (this.mayApply(other)) return undefined;
    return start;
  }

  private action(
    entry: CompiledDuty,
    rules: DutyInEdition,
    reasons: string[],
    dependsOn: FactPath[] | undefined,
    needed: string[],
  ): NextAction | undefined {
    const { view } = this;
    const clock = this.clock(entry, rules);
    const done = entry.done;
    let doneDay: number | undefined;
    let doneDate: string | undefined;
    if (done) {
      const first = done.occurrence === 'first';
      doneDay = (first ? view.firstEventDay[done.event] : undefined) ?? view.eventDay[done.event];
      doneDate = (first ? view.firstEventDate[done.event] : undefined) ?? view.eventDate[done.event];
      if (doneDate !== undefined && done.onOrAfter !== undefined && doneDate < done.onOrAfter) {
        doneDay = undefined;
        doneDate = undefined;
      }
    }
    let status: NextAction['status'];
    if (rules.deadline.kind === 'ongoing') {
      if (clock.dueDay !== null && clock.dueDay < view.asOfDay) return undefined;
      status = 'ongoing';
    } else if (doneDay !== undefined) {
      status = clock.dueDay === null || doneDay <= clock.dueDay ? 'done' : 'done-late';
    } else if (rules.deadline.kind === 'no-timescale') {
      status = 'due';
    } else if (clock.dueDay === null || clock.projected) {
      status = 'pending';
      if (clock.dueDay === null) {
        const start = this.startToAsk(rules);
        if (start !== undefined && !needed.includes(`events.${start}`)) needed.push(`events.${start}`);
      }
    } else {
      status = clock.dueDay >= view.asOfDay ? 'due' : 'overdue';
    }
    const action: NextAction = {
      duty: entry.duty.id,
      title: rules.title,
      actor: rules.actor,
      recipients: rules.recipients,
      strength: rules.strength,
      status,
      dueDate: clock.dueDay === null ? null : isoDate(clock.dueDay),
      deadline: rules.deadlineWords,
      why: this.why(reasons, clock, status, done?.event, doneDate, dependsOn),
      confidence: rules.confidence,
      edition: rules.edition,
      citations: rules.citations,
    };
    if (clock.projected) action.projected = true;
    const counts = clock.dueDay !== null && status !== 'done' && status !== 'done-late';
    if (counts)
      action.workingDaysRemaining = this.calendar.workingDaysBetweenDays(view.asOfDay, clock.dueDay!);
    if (dependsOn && dependsOn.length > 0) action.dependsOn = dependsOn;
    const caveats: string[] = [];
    if (rules.caveat) caveats.push(rules.caveat);
    const provisional = this.provisionalYears(rules, clock, counts);
    if (provisional) caveats.push(provisional);
    if (caveats.length > 0) action.caveat = caveats.join(' ');
    return action;
  }

  /**
   * A due date counted in working days rests on bank holidays; beyond the official list they are
   * worked out by rule and may still change (a one-off holiday, a moved May Day).
   */
  private provisionalYears(rules: DutyInEdition, clock: Clock, counts: boolean): string | undefined {
    const { before, from } = this.provisional;
    const due = clock.dueDay;
    if (due === null) return undefined;
    const deadline = rules.deadline;
    const workingDays =
      (deadline.kind === 'after' || deadline.kind === 'before') && deadline.unit === 'working-days';
    const start = clock.startDay ?? due;
    const asOf = this.view.asOfDay;
    const outside = (day: number) => day < before || day >= from;
    if (!(workingDays && (outside(due) || outside(start))) && !(counts && (outside(due) || outside(asOf)))) {
      return undefined;
    }
    const days = workingDays ? [due, start] : [];
    if (counts) days.push(asOf, due);
    const years = new Set<string>();
    for (const day of days) if (day < before || day >= from) years.add(fromDayNumber(day).slice(0, 4));
    if (years.size === 0) return undefined;
    const { first, last } = this.calendar.officialYears;
    return `Provisional calendar: the working days for ${listInWords([...years].sort())} use bank holidays worked out by rule, as the official list covers ${first} to ${last} only. Check the date when the official list is updated.`;
  }

  private why(
    reasons: string[],
    clock: Clock,
    status: NextAction['status'],
    doneEvent: EventName | undefined,
    doneDate: string | undefined,
    dependsOn: FactPath[] | undefined,
  ): string {
    const { data } = this.catalogue;
    let text = reasons.length > 0 ? sentence(reasons) : 'Applies in every area.';
    if (dependsOn && dependsOn.length > 0) {
      text += ` Not yet certain: it depends on ${listInWords(dependsOn.map((fact) => data.facts[fact].label))}.`;
    }
    if (clock.startEvent && clock.startDay !== undefined) {
      text += ` The clock runs from ${longDate(this.view.eventDate[clock.startEvent]!)}, when ${data.events[clock.startEvent].clause}.`;
    } else if (status === 'pending') {
      text += clock.projected
        ? ' Its clock has not started; the date shown assumes it starts on the last day it may.'
        : ' Its clock has not started yet.';
    }
    if ((status === 'done' || status === 'done-late') && doneEvent && doneDate) {
      text += ` Done: ${data.events[doneEvent].clause} on ${longDate(doneDate)}.`;
    }
    return text;
  }

  // ── Warnings and the checklist ────────────────────────────────────────────────────────────

  private addWarnings(warnings: string[]): void {
    const context = this.setContext(this.override ?? this.editionOn(this.view.asOf)!, this.view.asOf);
    for (const warning of this.catalogue.warnings) {
      if (warning.condition.test(context) === TRUE) warnings.push(warning.message);
    }
    if (this.override === undefined) {
      for (const process of this.catalogue.processes) {
        const judged = this.judged[process.index]!;
        if ((this.inPlay & process.bit) !== 0 && judged.edition === undefined) {
          warnings.push(`${this.beforeCoverage(process, judged)} Its duties are not listed.`);
        }
      }
    }
    const later = this.view.laterEvents;
    if (later.length > 0) {
      const labels = later.map((event) => this.catalogue.data.events[event].label.toLowerCase());
      warnings.push(
        `Dates after ${longDate(this.view.asOf)} were left out, as the answer is as of that day: ${listInWords(labels)}.`,
      );
    }
  }

  /** What the published arrangements must contain, under the edition the arrangements are judged by. */
  private checklist(): ChecklistItem[] {
    const process = this.catalogue.processOf.arrangements;
    if ((this.inPlay & process.bit) === 0) return [];
    const edition = this.judged[process.index]!.edition;
    if (edition === undefined) return [];
    const context = this.setContext(edition, this.judged[process.index]!.date);
    if (this.catalogue.checklist.condition.test(context) !== TRUE) return [];
    const items: ChecklistItem[] = [];
    for (const item of this.catalogue.checklist.items) {
      const entry = item.byEdition[edition];
      if (entry) items.push(entry);
    }
    return items;
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

/** Overdue first, then by due date (undated last), then by duty id (case-facts contract). */
function compareActions(a: NextAction, b: NextAction): number {
  const overdueA = a.status === 'overdue' ? 0 : 1;
  const overdueB = b.status === 'overdue' ? 0 : 1;
  if (overdueA !== overdueB) return overdueA - overdueB;
  const dueA = a.dueDate ?? '~';
  const dueB = b.dueDate ?? '~';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.duty < b.duty ? -1 : a.duty > b.duty ? 1 : 0;
}
