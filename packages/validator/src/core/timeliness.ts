import {
  catalogue,
  engine,
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
  nextActions,
} from '@safeguarding/rules';
import type { CaseFacts, Citation, NextAction } from '@safeguarding/schemas';

/** A statutory timescale a record did not meet, from the engine's answer. */
export type LateDuty = {
  duty: string;
  title: string;
  status: 'overdue' | 'done-late';
  dueDate: string;
  citations: Citation[];
  /** JSON Pointer of the record's field for the event that discharges the duty. */
  pointer: string;
};

type Mapping = {
  facts: (record: never) => CaseFacts;
  /** Which field of the record holds each case event the facts take from it. */
  fields: Record<string, string>;
};

// The inverse of the record → case-facts mappings in @safeguarding/rules, for pointing at the field.
const SERIOUS_INCIDENT: Mapping = {
  facts: factsFromSeriousIncident as Mapping['facts'],
  fields: {
    incidentOccurred: '/incidentDate',
    laBecameAware: '/laBecameAware',
    panelNotified: '/panelNotified',
    partnersNotified: '/partnersNotified',
    ofstedNotified: '/ofstedNotified',
    secretaryOfStateNotified: '/secretaryOfStateNotified',
  },
};
const MAPPINGS: Record<string, Mapping> = {
  'serious-incident': SERIOUS_INCIDENT,
  'rapid-review': {
    facts: ((review: never) => factsFromRapidReview(review, undefined)) as Mapping['facts'],
    fields: { rapidReviewCompleted: '/completed', rapidReviewSentToPanel: '/sentToPanel' },
  },
  'practice-review': {
    facts: factsFromPracticeReview as Mapping['facts'],
    fields: {
      reviewInitiated: '/initiated',
      publicationPlanned: '/publicationPlanned',
      reportSentToPanel: '/sentToPanel',
      reportPublished: '/publication/date',
    },
  },
  'child-death': {
    facts: factsFromChildDeath as Mapping['facts'],
    fields: {
      childDied: '/dateOfDeath',
      cdopNotified: '/cdopNotified',
      jarStarted: '/jointAgencyResponse/started',
    },
  },
  'safeguarding-partnership': {
    facts: factsFromPartnership as Mapping['facts'],
    fields: {
      arrangementsPublished: '/arrangementsPublished',
      arrangementsImplemented: '/arrangementsImplemented',
      yearlyReportPublished: '/yearlyReports',
      yearlyReportSent: '/yearlyReports',
    },
  },
};

/** The case event that discharges each duty (a duty's `done` is an event name, or an object naming one). */
const DONE_EVENT = new Map(
  catalogue.duties.map((duty) => [duty.id, typeof duty.done === 'object' ? duty.done.event : duty.done]),
);

/**
 * The facts come from a record that passed its schema and its coded rules, so they are valid
 * case facts: the engine's evaluate (no second validation of the facts) answers them, about
 * twice as fast as nextActions. nextActions stays the fallback should evaluate ever go.
 */
const answer: (facts: CaseFacts, options: { asOf: string }) => { actions: NextAction[] } =
  typeof engine.evaluate === 'function' ? (facts, options) => engine.evaluate(facts, options) : nextActions;

/** The record types the engine has duties for (stored and input shapes alike). */
export function hasTimescales(schemaId: string): boolean {
  return MAPPINGS[schemaId.replace(/-input$/, '')] !== undefined;
}

/**
 * The duties a valid record shows were met late or are overdue on `asOf`, as the engine answers
 * for the record's case facts. A rapid review is judged only with its serious incident, whose
 * dates start its clock: `incidentOf` looks the incident up when the caller has it.
 */
export function lateDuties(
  schemaId: string,
  record: unknown,
  asOf: string,
  incidentOf?: (id: string) => unknown,
): LateDuty[] {
  const type = schemaId.replace(/-input$/, '');
  const mapping = MAPPINGS[type];
  if (!mapping) return [];
  let facts: CaseFacts;
  if (type === 'rapid-review') {
    const incident = incidentOf?.(String((record as { seriousIncidentId?: unknown }).seriousIncidentId));
    if (incident === undefined) return [];
    facts = factsFromRapidReview(record as never, incident as never);
  } else facts = mapping.facts(record as never);
  let actions: NextAction[];
  try {
    actions = answer(facts, { asOf }).actions;
  } catch {
    // Facts the engine cannot use (dates out of order) are already errors from the coded rules.
    return [];
  }
  const late: LateDuty[] = [];
  for (const action of actions) {
    if ((action.status !== 'overdue' && action.status !== 'done-late') || action.dueDate === null) continue;
    // Only duties this record itself records as done: a rapid review does not answer for its incident's notifications.
    const event = DONE_EVENT.get(action.duty);
    const pointer = event === undefined ? undefined : mapping.fields[event];
    if (pointer === undefined) continue;
    late.push({
      duty: action.duty,
      title: action.title,
      status: action.status,
      dueDate: action.dueDate,
      citations: action.citations,
      pointer,
    });
  }
  return late;
}
