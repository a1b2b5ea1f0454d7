import {
  type CaseFacts,
  type Edition,
  type EventName,
  type FactPath,
  PLANNED_EVENTS,
} from '@safeguarding/schemas';
import { toDayNumber } from '../calendar/index.ts';

/** One evaluation's view of the facts: event dates as day numbers, as known on the as-of date. */
export interface CaseView {
  facts: CaseFacts;
  edition: Edition;
  /** True when the edition came from the dates, not from an override. */
  editionByDate: boolean;
  asOf: string;
  asOfDay: number;
  /** Events that have happened by the as-of date (planned events whatever their date). */
  eventDate: Partial<Record<EventName, string>>;
  eventDay: Partial<Record<EventName, number>>;
}

export function createCaseView(
  facts: CaseFacts,
  edition: Edition,
  editionByDate: boolean,
  asOf: string,
): CaseView {
  const asOfDay = toDayNumber(asOf);
  const eventDate: Partial<Record<EventName, string>> = {};
  const eventDay: Partial<Record<EventName, number>> = {};
  for (const name in facts.events) {
    const date = facts.events[name as EventName];
    if (date === undefined) continue;
    const day = toDayNumber(date);
    // Evaluating "as of" a day means not knowing what happened after it; a plan is known ahead.
    if (day > asOfDay && !PLANNED_EVENTS.has(name as EventName)) continue;
    eventDate[name as EventName] = date;
    eventDay[name as EventName] = day;
  }
  return { facts, edition, editionByDate, asOf, asOfDay, eventDate, eventDay };
}

export interface FactValue {
  value: string | number | boolean;
  /** Set when the value was inferred rather than stated: the reason, in words. */
  inferred?: string;
}

/** Reads a fact, inferring only what cannot be otherwise. `undefined`: not known. */
export function readFact(view: CaseView, path: FactPath): FactValue | undefined {
  const { facts } = view;
  switch (path) {
    case 'incident.harm': {
      if (facts.incident) return { value: facts.incident.harm };
      return view.eventDay.childDied === undefined
        ? undefined
        : { value: 'death', inferred: 'the child died' };
    }
    case 'incident.abuseOrNeglect': {
      const value = facts.incident?.abuseOrNeglect;
      return value === undefined || value === 'unknown' ? undefined : { value };
    }
    case 'incident.location':
      return wrap(facts.incident?.location);
    case 'child.ageYears':
      return wrap(facts.child?.ageYears);
    case 'child.lookedAfter':
      return wrap(facts.child?.lookedAfter);
    case 'child.careLeaver':
      return wrap(facts.child?.careLeaver);
    case 'child.normallyResidentInArea':
      return wrap(facts.child?.normallyResidentInArea);
    case 'death.expected':
      return wrap(facts.death?.expected);
    case 'death.jarCriteriaMet':
      return wrap(facts.death?.jarCriteriaMet);
    case 'review.kind':
      return wrap(facts.review?.kind);
    case 'childProtection.conferenceNeeded':
      return wrap(facts.childProtection?.conferenceNeeded);
    case 'childProtection.planMade':
      return wrap(facts.childProtection?.planMade);
    case 'arrangements.regime': {
      const regime = facts.arrangements?.regime;
      if (regime) return { value: regime };
      // Only one regime existed under these editions: LSCBs until the 2018 reforms, and
      // safeguarding partners once every area had moved over (by 29 September 2019).
      if (view.edition === 'wt2013' || view.edition === 'wt2015') {
        return { value: 'lscb', inferred: 'LSCBs ran the arrangements under this edition' };
      }
      if (view.edition === 'wt2023') {
        return {
          value: 'safeguarding-partners',
          inferred: 'safeguarding partners run all arrangements under this edition',
        };
      }
      return undefined;
    }
  }
}

function wrap(value: string | number | boolean | undefined): FactValue | undefined {
  return value === undefined ? undefined : { value };
}
