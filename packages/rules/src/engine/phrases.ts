import type { EventName, FactPath } from '@safeguarding/schemas';
import { MONTH_NAMES } from '../calendar/index.ts';

/** Events as they read after "after" or "on": "5 working days after the local authority became aware". */
export const EVENT_PHRASES: Record<EventName, string> = {
  incidentOccurred: 'the incident happened',
  laBecameAware: 'the local authority became aware',
  panelNotified: 'the Panel was notified',
  partnersNotified: 'the safeguarding partners were told',
  ofstedNotified: 'Ofsted was notified',
  secretaryOfStateNotified: 'the Secretary of State was notified',
  rapidReviewCompleted: 'the rapid review was completed',
  rapidReviewSentToPanel: 'the rapid review was sent to the Panel',
  reviewInitiated: 'the decision to start the review',
  publicationPlanned: 'the planned publication date',
  reportSentToPanel: 'the report was sent',
  reportPublished: 'the report was published',
  partnerArrangementsStarted: 'the safeguarding partner arrangements began',
  childDied: 'the child died',
  cdopNotified: 'the child death overview panel was notified',
  jarStarted: 'the joint agency response started',
  referralReceived: 'the referral was received',
  referralDecided: 'the referral was decided',
  assessmentCompleted: 'the assessment was completed',
  strategyDiscussion: 'the strategy discussion',
  initialConference: 'the initial child protection conference',
  coreGroupFirstMet: 'the core group first met',
  reviewConference: 'the latest review conference',
  allegationReceived: 'the allegation was received',
  ladoInformed: 'the LADO was informed',
  arrangementsPublished: 'the arrangements were published',
  arrangementsImplemented: 'the arrangements were put into effect',
  yearlyReportPublished: 'the latest yearly report was published',
  yearlyReportSent: 'the yearly report was sent',
};

type FactPhrases = Record<string, string>;

/** What a fact's value means, for "why" and "why not" sentences. Keys are `String(value)`. */
export const FACT_PHRASES: Record<FactPath, FactPhrases> = {
  'incident.harm': {
    death: 'the child died',
    'serious-harm': 'the child was seriously harmed',
    none: 'the child was neither killed nor seriously harmed',
  },
  'incident.abuseOrNeglect': {
    known: 'abuse or neglect is known',
    suspected: 'abuse or neglect is suspected',
    'not-suspected': 'abuse or neglect is not suspected',
  },
  'incident.location': {
    'in-area': 'it happened in the local authority’s area',
    'outside-england': 'it happened outside England',
    'elsewhere-in-england': 'it happened elsewhere in England, so the local authority for that area notifies',
  },
  'child.ageYears': {},
  'child.lookedAfter': { true: 'the child was looked after', false: 'the child was not looked after' },
  'child.careLeaver': {
    true: 'the young person was a care leaver',
    false: 'the young person was not a care leaver',
    missing: 'the facts do not say the young person was a care leaver',
  },
  'child.normallyResidentInArea': {
    true: 'the child normally lives in the area',
    false: 'the child does not normally live in the area',
  },
  'death.expected': { true: 'the death was expected', false: 'the death was unexpected' },
  'death.jarCriteriaMet': {
    true: 'the joint agency response criteria are met',
    false: 'the joint agency response criteria are not met',
  },
  'review.kind': {
    lcspr: 'it is a local child safeguarding practice review',
    national: 'it is a national review, commissioned by the Panel, with no local deadline',
    scr: 'it is a serious case review',
  },
  'childProtection.conferenceNeeded': {
    true: 'a child protection conference is needed',
    false: 'no child protection conference is needed',
  },
  'childProtection.planMade': {
    true: 'the initial conference made a child protection plan',
    false: 'no child protection plan was made',
  },
  'arrangements.regime': {
    lscb: 'the arrangements are run by a Local Safeguarding Children Board',
    'safeguarding-partners': 'the arrangements are run by the safeguarding partners',
  },
};

const longDates = new Map<string, string>();

/** "2026-11-23" → "23 November 2026". Remembered, as the same few dates recur in every answer. */
export function longDate(isoDate: string): string {
  let text = longDates.get(isoDate);
  if (text === undefined) {
    text = `${Number(isoDate.slice(8, 10))} ${MONTH_NAMES[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
    if (longDates.size > 50_000) longDates.clear();
    longDates.set(isoDate, text);
  }
  return text;
}

const capitalised = new Map<string, string>();

/** "the child died" → "The child died"; remembered, as the same phrases open most sentences. */
export function capitalise(text: string): string {
  let result = capitalised.get(text);
  if (result === undefined) {
    result = text.charAt(0).toUpperCase() + text.slice(1);
    if (capitalised.size > 10_000) capitalised.clear();
    capitalised.set(text, result);
  }
  return result;
}

/** Phrases as one sentence: "The child died; abuse or neglect is suspected." (or after a lead-in). */
export function sentence(phrases: readonly string[], leadIn?: string): string {
  let text = leadIn === undefined ? capitalise(phrases[0]!) : leadIn + phrases[0]!;
  for (let index = 1; index < phrases.length; index++) text += `; ${phrases[index]}`;
  return `${text}.`;
}
