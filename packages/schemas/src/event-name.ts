import { describedEnum } from './common/described-enum.ts';

/**
 * The one vocabulary of case events, across processes (case-facts contract v2). Start events come
 * before the "done" events that close duties.
 */
export const EventName = describedEnum(
  {
    incidentOccurred: 'The serious incident happened.',
    laBecameAware: 'The local authority became aware of the incident or death.',
    panelNotified: 'The Child Safeguarding Practice Review Panel was notified.',
    partnersNotified: 'The safeguarding partners were told of the incident.',
    ofstedNotified: 'Ofsted (and, before 2019, the LSCB) was notified.',
    secretaryOfStateNotified: 'The Secretary of State (DfE) and Ofsted were notified of a death.',
    parentsNotified:
      'The parents of a looked-after child who died, and anyone else with parental responsibility, were told.',
    rapidReviewCompleted: 'The safeguarding partners completed the rapid review.',
    rapidReviewSentToPanel: 'The rapid review was sent to the Panel.',
    reviewInitiated: 'The decision to start a practice review (or serious case review) was made.',
    publicationPlanned: 'The date on which the review report is planned to be published.',
    reportSentToPanel:
      'The review report was sent to the Panel and the Secretary of State (or, for a serious case review, to Ofsted and DfE).',
    reportPublished: 'The review report (or the information about improvements) was published.',
    partnerArrangementsStarted:
      'The safeguarding partner arrangements replaced the LSCB (for serious case reviews still open at the 2018–19 transition).',
    childDied: 'The child died.',
    cdopNotified: 'The child death overview panel was notified of the death.',
    jarStarted: 'The joint agency response started.',
    referralReceived: "Children's social care received the referral.",
    referralDecided: 'The referral was acknowledged and the type of response decided.',
    assessmentCompleted: 'The assessment was completed.',
    strategyDiscussion: 'The strategy discussion took place.',
    initialConference: 'The initial child protection conference took place.',
    coreGroupFirstMet: 'The core group met for the first time.',
    reviewConference: 'The latest review child protection conference took place.',
    allegationReceived: 'An allegation against someone who works with children was received.',
    ladoInformed: 'The local authority designated officer (LADO) was informed.',
    arrangementsPublished: "The safeguarding partners' arrangements were published.",
    arrangementsImplemented: 'The published arrangements were put into effect.',
    yearlyReportPublished: 'The latest yearly report (LSCB annual report) was published.',
    yearlyReportSent:
      'The latest yearly report was sent to the Panel and the What Works Centre or Foundations.',
    cdrArrangementsImplemented: "The child death review partners' arrangements were in place.",
    cdrReportPublished: 'The child death review partners published their latest report on the arrangements.',
  },
  'Name of a case event.',
);

export type EventName = (typeof EventName.options)[number];

/** Events that record a plan, not something that has happened: they may lie after the as-of date. */
export const PLANNED_EVENTS: ReadonlySet<EventName> = new Set(['publicationPlanned']);
