export { AbuseOrNeglect, CaseEvents, CaseFacts, EVENT_ORDER, Harm, IncidentLocation } from './case-facts.ts';
export { CHILD_DEATH_RULES, ChildDeath, ChildDeathInput } from './child-death.ts';
export { Citation } from './common/citation.ts';
export { Contact } from './common/contact.ts';
export { type PublishedRule, publishedRule, ruleCodeOf, TIMESTAMP_RULE } from './common/define-record.ts';
export { describedEnum } from './common/described-enum.ts';
export { Edition } from './common/edition.ts';
export {
  type BrokenRule,
  brokenRules,
  conditionHolds,
  type PreparedRule,
  prepareRules,
} from './common/evaluate-rule.ts';
export { GssCode } from './common/gss-code.ts';
export { IsoDate, IsoDateTime } from './common/iso-date.ts';
export {
  ADULTHOOD_AGE,
  CARE_LEAVER_AGE_LIMIT,
  LEGAL_AGES,
  type LegalAgeName,
} from './common/legal-ages.ts';
export { LocalChildReference } from './common/local-child-reference.ts';
export { hasValidNhsCheckDigit, NhsNumber } from './common/nhs-number.ts';
export {
  OdsCode,
  OfstedUrn,
  Organisation,
  OrganisationIdentifier,
  PoliceForceCode,
  SchoolUrn,
  Ukprn,
} from './common/organisation-identifier.ts';
export { personalData } from './common/personal-data.ts';
export {
  type Condition,
  dateOrder,
  type FieldPath,
  type RecordRule,
  ruleFields,
} from './common/record-rule.ts';
export { Sex } from './common/sex.ts';
export { HTTPS_URL_PATTERN, WebAddress } from './common/web-address.ts';
export {
  CatalogueCitation,
  DateRef,
  Deadline,
  DeadlineUnit,
  DoneWhen,
  Duty,
  DutyCondition,
  DutyEdition,
  DutyProcess,
  FactPath,
} from './duty.ts';
export { describeIssues, explainIssues, type FieldError } from './errors.ts';
export { EventName, PLANNED_EVENTS } from './event-name.ts';
export { jsonSchemaDocument, SCHEMA_BASE_URL } from './generation/json-schema-document.ts';
export { rulesDocument } from './generation/rules-document.ts';
export {
  ActionStatus,
  ChecklistItem,
  Confidence,
  DutyStrength,
  NextAction,
  NextActions,
  Question,
} from './next-actions.ts';
export { PRACTICE_REVIEW_RULES, PracticeReview, PracticeReviewInput } from './practice-review.ts';
export { PUBLISHED_SCHEMAS, type PublishedSchemaId, RECORD_TYPES, type RecordType } from './published.ts';
export { RAPID_REVIEW_RULES, RapidReview, RapidReviewInput } from './rapid-review.ts';
export {
  RECORD_COLLECTIONS,
  RECORD_REGISTRY,
  type RecordLink,
  type RecordRegistryEntry,
  type RecordTypeId,
} from './record-registry.ts';
export { RELEVANT_AGENCY_RULES, RelevantAgency, RelevantAgencyInput } from './relevant-agency.ts';
export {
  SAFEGUARDING_PARTNER_RULES,
  SafeguardingPartner,
  SafeguardingPartnerInput,
} from './safeguarding-partner.ts';
export {
  SAFEGUARDING_PARTNERSHIP_RULES,
  SafeguardingPartnership,
  SafeguardingPartnershipInput,
} from './safeguarding-partnership.ts';
export { SCHEMA_MAJOR_VERSION, SCHEMA_VERSION } from './schema-version.ts';
export { SERIOUS_INCIDENT_RULES, SeriousIncident, SeriousIncidentInput } from './serious-incident.ts';
