export { Citation } from './common/citation.ts';
export { describedEnum } from './common/described-enum.ts';
export { Edition } from './common/edition.ts';
export { GssCode } from './common/gss-code.ts';
export { IsoDate, IsoDateTime } from './common/iso-date.ts';
export { personalData } from './common/personal-data.ts';
export { AbuseOrNeglect, CaseEvents, CaseFacts, EVENT_ORDER, Harm, IncidentLocation } from './case-facts.ts';
export { EventName, PLANNED_EVENTS } from './event-name.ts';
export { ActionStatus, Confidence, DutyStrength, NextAction, NextActions, Question } from './next-actions.ts';
