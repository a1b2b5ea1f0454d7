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

/** For each event and each block of facts, the processes it brings into a case. */
const EVENT_BITS: Partial<Record<EventName, number>> = {};
const FACT_BITS: Partial<Record<keyof CaseFacts, number>> = {};
for (const [process, trigger] of TRIGGER_LIST) {
  for (const event of trigger.events) EVENT_BITS[event] = (EVENT_BITS[event] ?? 0) | PROCESS_BIT[process];
  for (const key of trigger.facts) FACT_BITS[key] = (FACT_BITS[key] ?? 0) | PROCESS_BIT[process];
}
const FACT_KEYS = Object.keys(FACT_BITS) as (keyof CaseFacts)[];

/** The processes the case touches, as a bit mask (see PROCESS_BIT). */
export function processesInPlay(facts: CaseFacts, eventDay: Partial<Record<EventName, number>>): number {
  let mask = 0;
  for (const key of FACT_KEYS) if (facts[key] !== undefined) mask |= FACT_BITS[key]!;
  for (const event of Object.keys(eventDay) as EventName[]) mask |= EVENT_BITS[event] ?? 0;
  return mask;
}

export function processNotInPlay(process: Process): string {
  return PROCESS_TRIGGERS[process].none;
}
