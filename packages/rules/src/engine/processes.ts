import type { CaseFacts, Duty, EventName } from '@safeguarding/schemas';

type Process = Duty['process'];

/**
 * What makes a process part of a case: a block of facts or one of its events. Duties of a process
 * the case does not touch are ruled out in one line instead of raising questions.
 */
const PROCESS_TRIGGERS: Record<Process, { facts: (keyof CaseFacts)[]; events: EventName[]; none: string }> = {
  'serious-incident': {
    facts: ['incident'],
    events: [
      'incidentOccurred',
      'laBecameAware',
      'panelNotified',
      'partnersNotified',
      'ofstedNotified',
      'secretaryOfStateNotified',
      'rapidReviewCompleted',
      'rapidReviewSentToPanel',
      'childDied',
    ],
    none: 'The facts describe no serious incident or death.',
  },
  'practice-review': {
    facts: ['review'],
    events: [
      'reviewInitiated',
      'publicationPlanned',
      'reportSentToPanel',
      'reportPublished',
      'partnerArrangementsStarted',
    ],
    none: 'The facts describe no practice review or serious case review.',
  },
  'child-death': {
    facts: ['death'],
    events: ['childDied', 'cdopNotified', 'jarStarted'],
    none: 'The facts give no date of a child’s death.',
  },
  arrangements: {
    facts: ['arrangements'],
    events: ['arrangementsPublished', 'arrangementsImplemented', 'yearlyReportPublished', 'yearlyReportSent'],
    none: 'The facts are not about the local safeguarding arrangements.',
  },
  'child-protection': {
    facts: ['childProtection'],
    events: [
      'referralReceived',
      'referralDecided',
      'assessmentCompleted',
      'strategyDiscussion',
      'initialConference',
      'coreGroupFirstMet',
      'reviewConference',
    ],
    none: 'The facts describe no referral or child protection enquiry.',
  },
  allegation: {
    facts: [],
    events: ['allegationReceived', 'ladoInformed'],
    none: 'The facts describe no allegation against someone who works with children.',
  },
};

const TRIGGER_LIST = Object.entries(PROCESS_TRIGGERS) as [Process, (typeof PROCESS_TRIGGERS)[Process]][];

/** Each process's bit in the mask that processesInPlay returns. */
export const PROCESS_BIT = Object.fromEntries(
  TRIGGER_LIST.map(([process], index) => [process, 1 << index]),
) as Record<Process, number>;

/** The processes the case touches, as a bit mask (see PROCESS_BIT). */
export function processesInPlay(facts: CaseFacts, eventDay: Partial<Record<EventName, number>>): number {
  let mask = 0;
  for (const [process, trigger] of TRIGGER_LIST) {
    let found = false;
    for (const key of trigger.facts) if (facts[key] !== undefined) found = true;
    if (!found) for (const event of trigger.events) if (eventDay[event] !== undefined) found = true;
    if (found) mask |= PROCESS_BIT[process];
  }
  return mask;
}

export function processNotInPlay(process: Process): string {
  return PROCESS_TRIGGERS[process].none;
}
