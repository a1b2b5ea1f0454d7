import type {
  CaseFacts,
  ChildDeathInput,
  EventName,
  PracticeReviewInput,
  RapidReviewInput,
  SafeguardingPartnershipInput,
  SeriousIncidentInput,
} from '@safeguarding/schemas';
import type * as z from 'zod';

type SeriousIncident = z.infer<typeof SeriousIncidentInput>;
type RapidReview = z.infer<typeof RapidReviewInput>;
type PracticeReview = z.infer<typeof PracticeReviewInput>;
type ChildDeath = z.infer<typeof ChildDeathInput>;
type Partnership = z.infer<typeof SafeguardingPartnershipInput>;
type Events = CaseFacts['events'];

/**
 * The events each record type holds the date of: the record to update when a duty closed by one of
 * them is done. Every mapping below uses only its own type's events (checked by the tests).
 */
export const RECORD_EVENTS: Readonly<Record<string, readonly EventName[]>> = {
  'serious-incident': [
    'incidentOccurred',
    'laBecameAware',
    'panelNotified',
    'partnersNotified',
    'ofstedNotified',
    'secretaryOfStateNotified',
  ],
  'rapid-review': ['rapidReviewCompleted', 'rapidReviewSentToPanel'],
  'practice-review': ['reviewInitiated', 'publicationPlanned', 'reportSentToPanel', 'reportPublished'],
  'child-death': ['childDied', 'cdopNotified', 'jarStarted'],
  'safeguarding-partnership': [
    'arrangementsPublished',
    'arrangementsImplemented',
    'yearlyReportPublished',
    'yearlyReportSent',
  ],
};

/** Drops undefined values, so the facts hold only what the record says (the engine asks for the rest). */
function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A notification's case facts: what happened, to whom, and the notification dates. The first child
 * stands for the incident, as on the national form.
 */
export function factsFromSeriousIncident(incident: SeriousIncident): CaseFacts {
  const child = incident.children[0];
  const status = new Set(child?.legalStatus ?? []);
  return {
    area: incident.area,
    child: defined({
      ageYears: child?.ageYears,
      lookedAfter:
        status.has('looked-after') || incident.incidentType === 'looked-after-child-death' || undefined,
      careLeaver: status.has('care-leaver') || incident.incidentType === 'care-leaver-death' || undefined,
    }),
    incident: { harm: incident.harm, abuseOrNeglect: incident.abuseOrNeglect, location: incident.location },
    events: defined<Events>({
      incidentOccurred: incident.incidentDate,
      laBecameAware: incident.laBecameAware,
      panelNotified: incident.panelNotified,
      partnersNotified: incident.partnersNotified,
      ofstedNotified: incident.ofstedNotified,
      secretaryOfStateNotified: incident.secretaryOfStateNotified,
    }),
  };
}

/**
 * A rapid review runs from the incident it reviews, so its facts are the incident's plus its own
 * dates. Without the incident (not found, or not visible to the caller), only the review's dates.
 */
export function factsFromRapidReview(review: RapidReview, incident: SeriousIncident | undefined): CaseFacts {
  return factsFromCase({ rapidReview: review, ...(incident ? { seriousIncident: incident } : {}) });
}

export function factsFromPracticeReview(review: PracticeReview): CaseFacts {
  return {
    area: review.area,
    review: { kind: review.kind },
    events: defined<Events>({
      reviewInitiated: review.initiated,
      publicationPlanned: review.publicationPlanned,
      reportSentToPanel: review.sentToPanel,
      reportPublished: review.publication?.date,
    }),
  };
}

/**
 * A child death's facts. Abuse or neglect known or suspected, or a looked-after child, makes the
 * death a serious incident too, so the record's answers to those questions become incident facts.
 */
export function factsFromChildDeath(death: ChildDeath): CaseFacts {
  const residence = death.child.normallyResidentArea;
  const told = death.abuseOrNeglect !== undefined || death.location !== undefined;
  return {
    area: death.area,
    child: defined({
      ageYears: death.child.ageYears,
      lookedAfter: death.child.lookedAfter,
      normallyResidentInArea: residence === undefined ? undefined : residence === death.area,
    }),
    ...(told
      ? {
          incident: defined({
            harm: 'death' as const,
            // Where only the place is known, whether abuse or neglect is suspected is not yet.
            abuseOrNeglect: death.abuseOrNeglect ?? ('unknown' as const),
            location: death.location,
          }) as NonNullable<CaseFacts['incident']>,
        }
      : {}),
    death: { expected: death.expected, jarCriteriaMet: death.jointAgencyResponse.triggered },
    events: defined<Events>({
      childDied: death.dateOfDeath,
      cdopNotified: death.cdopNotified,
      jarStarted: death.jointAgencyResponse.started,
    }),
  };
}

/**
 * The arrangements' facts; the latest yearly report (by period end) stands for "the yearly report".
 * No edition is set: arrangements are standing duties, so the engine applies the guidance in force
 * on the as-of date, as it does for the same facts from any other caller.
 */
export function factsFromPartnership(partnership: Partnership): CaseFacts {
  const latest = [...(partnership.yearlyReports ?? [])]
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1))
    .at(-1);
  return {
    area: partnership.area,
    arrangements: { regime: partnership.regime },
    events: defined<Events>({
      arrangementsPublished: partnership.arrangementsPublished,
      arrangementsImplemented: partnership.arrangementsImplemented,
      yearlyReportPublished: latest?.published,
      yearlyReportSent: latest?.sent,
    }),
  };
}

/**
 * The records of one case: a serious incident and the records that name it (its rapid review, the
 * practice review that covers it, the child death review of the child who died). Any may be missing.
 */
export interface CaseRecords {
  seriousIncident?: SeriousIncident;
  rapidReview?: RapidReview;
  practiceReview?: PracticeReview;
  childDeath?: ChildDeath;
}

/**
 * The facts of a whole case, so each record of it is answered with what the others say: a
 * serious incident whose rapid review is complete shows the rapid review done. The notification's
 * account of the incident comes first; the child death record knows the child who died best.
 */
export function factsFromCase(records: CaseRecords): CaseFacts {
  const { seriousIncident, rapidReview, practiceReview, childDeath } = records;
  const incident = seriousIncident && factsFromSeriousIncident(seriousIncident);
  const death = childDeath && factsFromChildDeath(childDeath);
  const review = practiceReview && factsFromPracticeReview(practiceReview);
  const area = seriousIncident?.area ?? rapidReview?.area ?? practiceReview?.area ?? childDeath?.area;
  const child = { ...incident?.child, ...death?.child };
  const incidentFacts = incident?.incident ?? death?.incident;
  return {
    ...(area === undefined ? {} : { area }),
    ...(Object.keys(child).length > 0 ? { child } : {}),
    ...(incidentFacts ? { incident: incidentFacts } : {}),
    ...(death?.death ? { death: death.death } : {}),
    ...(review?.review ? { review: review.review } : {}),
    events: defined<Events>({
      ...death?.events,
      ...review?.events,
      ...incident?.events,
      rapidReviewCompleted: rapidReview?.completed,
      rapidReviewSentToPanel: rapidReview?.sentToPanel,
    }),
  };
}
