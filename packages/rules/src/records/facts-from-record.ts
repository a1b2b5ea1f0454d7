import type {
  CaseFacts,
  ChildDeathInput,
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
  const base: CaseFacts = incident ? factsFromSeriousIncident(incident) : { area: review.area, events: {} };
  return {
    ...base,
    events: defined<Events>({
      ...base.events,
      rapidReviewCompleted: review.completed,
      rapidReviewSentToPanel: review.sentToPanel,
    }),
  };
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

export function factsFromChildDeath(death: ChildDeath): CaseFacts {
  const residence = death.child.normallyResidentArea;
  return {
    area: death.area,
    child: defined({
      ageYears: death.child.ageYears,
      normallyResidentInArea: residence === undefined ? undefined : residence === death.area,
    }),
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
