import type { components, operations } from './api-types.generated.ts';

type Schemas = components['schemas'];

/** The record types with a collection in the API. */
export type RecordTypeId =
  | 'safeguarding-partnership'
  | 'serious-incident'
  | 'rapid-review'
  | 'practice-review'
  | 'child-death';

/** A record as the API stores and returns it: its fields, id, version and timestamps. */
export type StoredRecord<Id extends RecordTypeId> = Schemas[Id];
/** The body to create a record. */
export type RecordInput<Id extends RecordTypeId> = Schemas[`${Id}-input`];
/** The body to replace a record: the input, or the record as it was read. */
export type RecordReplacement<Id extends RecordTypeId> = Schemas[`${Id}-replacement`];
/** The fields to change, as a JSON Merge Patch: null removes an optional field. */
export type RecordPatch<Id extends RecordTypeId> = Schemas[`${Id}-patch`];
/** The list filters of a collection (area, the record it links to) and the page size. */
export type RecordListQuery<Id extends RecordTypeId> = Omit<
  NonNullable<operations[`list-${Id}`]['parameters']['query']>,
  'cursor'
>;

export type SafeguardingPartnership = StoredRecord<'safeguarding-partnership'>;
export type SafeguardingPartnershipInput = RecordInput<'safeguarding-partnership'>;
export type SeriousIncident = StoredRecord<'serious-incident'>;
export type SeriousIncidentInput = RecordInput<'serious-incident'>;
export type RapidReview = StoredRecord<'rapid-review'>;
export type RapidReviewInput = RecordInput<'rapid-review'>;
export type PracticeReview = StoredRecord<'practice-review'>;
export type PracticeReviewInput = RecordInput<'practice-review'>;
export type ChildDeath = StoredRecord<'child-death'>;
export type ChildDeathInput = RecordInput<'child-death'>;

export type CaseFacts = Schemas['case-facts'];
export type NextActions = Schemas['next-actions'];
export type NextAction = NextActions['actions'][number];
export type Duty = Schemas['duty'];
export type DuePage = Schemas['due-list'];
export type DueItem = Schemas['due-item'];
export type WorkingDays = Schemas['working-days'];
export type ValidationReport = Schemas['validation-report'];
export type ValidationProblem = Schemas['validation-problem'];
export type Problem = Schemas['problem'];
export type FieldError = Schemas['field-error'];
export type Edition = NonNullable<CaseFacts['edition']>;
/** A record schema of schemas/json a body can be checked against: stored shape or input shape. */
export type SchemaId = operations['validate-records']['parameters']['path']['schemaId'];

export type { components, operations, paths } from './api-types.generated.ts';
