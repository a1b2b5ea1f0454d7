import type { CaseFacts, Edition, EventName } from '@safeguarding/schemas';
import { toDayNumber } from '../calendar/index.ts';
import { SUPPORTED_FIRST_DAY, SUPPORTED_LAST_DAY } from '../calendar/supported-range.ts';
import { FactsError } from '../facts-error.ts';

/** One evaluation's view of the facts: event dates as known on the as-of date. */
export interface CaseView {
  facts: CaseFacts;
  asOf: string;
  asOfDay: number;
  /** Events that have happened by the as-of date (planned events whatever their date): the latest occurrence. */
  eventDate: Partial<Record<EventName, string>>;
  eventDay: Partial<Record<EventName, number>>;
  /** The first occurrence of an event that can happen more than once (review conferences). */
  firstEventDay: Partial<Record<EventName, number>>;
  firstEventDate: Partial<Record<EventName, string>>;
  /** Events given with a date after the as-of date, left out of the answer. */
  laterEvents: EventName[];
}

/**
 * Where a duty is judged: the case, the edition whose rules apply and the date the duty is judged
 * on (its process's trigger date, or the as-of date for standing duties). One object is reused for
 * every duty of an evaluation, so conditions allocate nothing.
 */
export interface JudgingContext {
  view: CaseView;
  edition: Edition;
  date: string;
  /**
   * Changes whenever the view, the edition or the date does (see nextStamp), so a condition can
   * remember its value: the same named condition is tested by several duties and again to explain.
   */
  stamp: number;
}

let stamps = 0;

/** A stamp no earlier context has had. */
export function nextStamp(): number {
  stamps = (stamps + 1) | 0;
  return stamps;
}

export function createCaseView(
  facts: CaseFacts,
  asOf: string,
  asOfDay: number,
  plannedEvents: ReadonlySet<EventName>,
): CaseView {
  const eventDate: Partial<Record<EventName, string>> = {};
  const eventDay: Partial<Record<EventName, number>> = {};
  const firstEventDay: Partial<Record<EventName, number>> = {};
  const firstEventDate: Partial<Record<EventName, string>> = {};
  const laterEvents: EventName[] = [];
  const events = facts.events as Partial<Record<EventName, string>>;
  // Object.keys visits only the events given, which is far cheaper than probing every name.
  for (const name of Object.keys(events) as EventName[]) {
    const date = events[name];
    if (date === undefined) continue;
    const day = toDayNumber(date);
    if (day < SUPPORTED_FIRST_DAY || day > SUPPORTED_LAST_DAY) throw outsideCalendar(`events.${name}`);
    // Evaluating "as of" a day means not knowing what happened after it; a plan is known ahead.
    if (day > asOfDay && !plannedEvents.has(name)) {
      laterEvents.push(name);
      continue;
    }
    eventDate[name] = date;
    eventDay[name] = day;
  }
  const reviewConferences = facts.childProtection?.reviewConferences;
  if (reviewConferences !== undefined) {
    const held = reviewConferences.filter((date) => toDayNumber(date) <= asOfDay);
    const first = held[0];
    const latest = held.at(-1);
    if (first !== undefined && latest !== undefined) {
      firstEventDate.reviewConference = first;
      firstEventDay.reviewConference = toDayNumber(first);
      eventDate.reviewConference = latest;
      eventDay.reviewConference = toDayNumber(latest);
    }
  }
  return { facts, asOf, asOfDay, eventDate, eventDay, firstEventDay, firstEventDate, laterEvents };
}

/** A date the working-day calendar cannot count from: a plain error naming the field. */
export function outsideCalendar(path: string): FactsError {
  return new FactsError([
    {
      path,
      pointer: `/${path.replace('.', '/')}`,
      message: 'is outside the years the working-day calendar covers (1900 to 2199)',
    },
  ]);
}
