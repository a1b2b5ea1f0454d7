import type * as z from 'zod';
import { CaseFacts } from './case-facts.ts';
import { ChildDeath, ChildDeathInput } from './child-death.ts';
import { Duty } from './duty.ts';
import { NextActions } from './next-actions.ts';
import { PracticeReview, PracticeReviewInput } from './practice-review.ts';
import { RapidReview, RapidReviewInput } from './rapid-review.ts';
import { RECORD_REGISTRY } from './record-registry.ts';
import { RelevantAgency, RelevantAgencyInput } from './relevant-agency.ts';
import { SafeguardingPartner, SafeguardingPartnerInput } from './safeguarding-partner.ts';
import { SafeguardingPartnership, SafeguardingPartnershipInput } from './safeguarding-partnership.ts';
import { SeriousIncident, SeriousIncidentInput } from './serious-incident.ts';

/**
 * Every schema published as `schemas/json/<id>.schema.json`, in the order the README lists them.
 * The key is the schema's registry id.
 */
export const PUBLISHED_SCHEMAS = {
  'case-facts': CaseFacts,
  'next-actions': NextActions,
  duty: Duty,
  'safeguarding-partnership': SafeguardingPartnership,
  'safeguarding-partnership-input': SafeguardingPartnershipInput,
  'safeguarding-partner': SafeguardingPartner,
  'safeguarding-partner-input': SafeguardingPartnerInput,
  'relevant-agency': RelevantAgency,
  'relevant-agency-input': RelevantAgencyInput,
  'serious-incident': SeriousIncident,
  'serious-incident-input': SeriousIncidentInput,
  'rapid-review': RapidReview,
  'rapid-review-input': RapidReviewInput,
  'practice-review': PracticeReview,
  'practice-review-input': PracticeReviewInput,
  'child-death': ChildDeath,
  'child-death-input': ChildDeathInput,
} as const satisfies Record<string, z.ZodType>;

export type PublishedSchemaId = keyof typeof PUBLISHED_SCHEMAS;

/**
 * The seven record types: the body to create or replace one, the stored record, and the API
 * collection it lives in (`embeddedIn`: kept inside the partnership's field that lists them).
 * A view of the record registry, kept for existing callers.
 */
export const RECORD_TYPES = RECORD_REGISTRY.map((entry) => {
  const view = { type: entry.id, input: entry.input, record: entry.record, collection: entry.path };
  return 'embeddedIn' in entry
    ? { ...view, embeddedIn: { type: entry.embeddedIn.id, field: entry.embeddedIn.field } }
    : view;
});

export type RecordType = (typeof RECORD_REGISTRY)[number]['id'];
