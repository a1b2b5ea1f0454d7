import type { FactPath, Question } from '@safeguarding/schemas';

const YES_NO = ['yes', 'no'];

/** The question to ask when a duty depends on a fact the case does not give yet. */
export const QUESTIONS: Record<FactPath, Omit<Question, 'fact'>> = {
  'incident.harm': { ask: 'What happened to the child?', options: ['death', 'serious-harm', 'none'] },
  'incident.abuseOrNeglect': {
    ask: 'Is abuse or neglect known or suspected?',
    options: ['known', 'suspected', 'not-suspected'],
  },
  'incident.location': {
    ask: 'Where did the incident happen?',
    options: ['in-area', 'outside-england', 'elsewhere-in-england'],
  },
  'child.ageYears': { ask: 'How old was the child or young person, in whole years?' },
  'child.lookedAfter': {
    ask: 'Was the child looked after by a local authority at the time?',
    options: YES_NO,
  },
  'child.careLeaver': { ask: 'Was the young person a care leaver?', options: YES_NO },
  'child.normallyResidentInArea': {
    ask: 'Does the child normally live in the local authority’s area?',
    options: YES_NO,
  },
  'death.expected': { ask: 'Was the death expected?', options: YES_NO },
  'death.jarCriteriaMet': {
    ask: 'Are the joint agency response criteria met (for example a sudden death with no apparent cause, or one from external causes)?',
    options: YES_NO,
  },
  'review.kind': { ask: 'What kind of review is it?', options: ['lcspr', 'national', 'scr'] },
  'childProtection.conferenceNeeded': {
    ask: 'Did the strategy discussion or section 47 enquiry decide that a child protection conference is needed?',
    options: YES_NO,
  },
  'childProtection.planMade': {
    ask: 'Did the initial conference make a child protection plan?',
    options: YES_NO,
  },
  'arrangements.regime': {
    ask: 'Are the local arrangements run by an LSCB or by the safeguarding partners?',
    options: ['lscb', 'safeguarding-partners'],
  },
};
