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
  asOfDay: number,
): CaseView {
  const eventDate: Partial<Record<EventName, string>> = {};
  const eventDay: Partial<Record<EventName, number>> = {};
  const events = facts.events as Partial<Record<EventName, string>>;
  for (const name of Object.keys(events) as EventName[]) {
    const date = events[name];
    if (date === undefined) continue;
    const day = toDayNumber(date);
    // Evaluating "as of" a day means not knowing what happened after it; a plan is known ahead.
    if (day > asOfDay && !PLANNED_EVENTS.has(name)) continue;
    eventDate[name] = date;
    eventDay[name] = day;
  }
  return { facts, edition, editionByDate, asOf, asOfDay, eventDate, eventDay };
}

type FactScalar = string | number | boolean;

/** What a reader gives when it inferred a value rather than read it: the value and the reason. */
interface Inference {
  value: FactScalar;
  reason: string;
}

interface FactReader {
  /** The fact's value, or undefined when the case does not give it. */
  read(view: CaseView): FactScalar | undefined;
  /** Why a value was inferred, when it was. */
  inferred?(view: CaseView): string | undefined;
}

function stated(read: (facts: CaseFacts) => FactScalar | undefined): FactReader {
  return { read: (view) => read(view.facts) };
}

function inferredHarm(view: CaseView): Inference | undefined {
  return view.facts.incident === undefined && view.eventDay.childDied !== undefined
    ? { value: 'death', reason: 'the child died' }
    : undefined;
}

// Only children (under 18) are looked after, and a care leaver has left care (Children Act 1989 s22).
function inferredNotLookedAfter(view: CaseView): Inference | undefined {
  const child = view.facts.child;
  if (child === undefined || child.lookedAfter !== undefined) return undefined;
  if (child.careLeaver === true) return { value: false, reason: 'a care leaver is no longer looked after' };
  if (child.ageYears !== undefined && child.ageYears >= 18) {
    return { value: false, reason: `aged ${child.ageYears}, so not a looked-after child` };
  }
  return undefined;
}

// Only one regime existed under these editions: LSCBs until the 2018 reforms, and safeguarding
// partners once every area had moved over (by 29 September 2019).
function inferredRegime(view: CaseView): Inference | undefined {
  if (view.facts.arrangements?.regime !== undefined) return undefined;
  if (view.edition === 'wt2013' || view.edition === 'wt2015') {
    return { value: 'lscb', reason: 'LSCBs ran the arrangements under this edition' };
  }
  if (view.edition === 'wt2023') {
    return {
      value: 'safeguarding-partners',
      reason: 'safeguarding partners run all arrangements under this edition',
    };
  }
  return undefined;
}

/** How each fact is read, inferring only what cannot be otherwise. */
export const FACT_READERS: Record<FactPath, FactReader> = {
  'incident.harm': {
    read: (view) => view.facts.incident?.harm ?? inferredHarm(view)?.value,
    inferred: (view) => inferredHarm(view)?.reason,
  },
  'incident.abuseOrNeglect': {
    // "unknown" is an answer that decides nothing, so it counts as not given.
    read: (view) => {
      const value = view.facts.incident?.abuseOrNeglect;
      return value === 'unknown' ? undefined : value;
    },
  },
  'incident.location': stated((facts) => facts.incident?.location),
  'child.ageYears': stated((facts) => facts.child?.ageYears),
  'child.lookedAfter': {
    read: (view) => view.facts.child?.lookedAfter ?? inferredNotLookedAfter(view)?.value,
    inferred: (view) => inferredNotLookedAfter(view)?.reason,
  },
  'child.careLeaver': stated((facts) => facts.child?.careLeaver),
  'child.normallyResidentInArea': stated((facts) => facts.child?.normallyResidentInArea),
  'death.expected': stated((facts) => facts.death?.expected),
  'death.jarCriteriaMet': stated((facts) => facts.death?.jarCriteriaMet),
  'review.kind': stated((facts) => facts.review?.kind),
  'childProtection.conferenceNeeded': stated((facts) => facts.childProtection?.conferenceNeeded),
  'childProtection.planMade': stated((facts) => facts.childProtection?.planMade),
  'arrangements.regime': {
    read: (view) => view.facts.arrangements?.regime ?? inferredRegime(view)?.value,
    inferred: (view) => inferredRegime(view)?.reason,
  },
};
