import type * as z from 'zod';
import { CaseFacts } from './case-facts.ts';
import { ChildDeath, ChildDeathInput } from './child-death.ts';
import { Duty } from './duty.ts';
import { NextActions } from './next-actions.ts';
import { PracticeReview, PracticeReviewInput } from './practice-review.ts';
import { RapidReview, RapidReviewInput } from './rapid-review.ts';
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
 * collection it lives in. Safeguarding partners and relevant agencies are kept inside their
 * partnership in the API (`embeddedIn`: the partnership's field that lists them), so their
 * collection name only says what they are called as a set.
 */
export const RECORD_TYPES = [
  {
    type: 'safeguarding-partnership',
    input: SafeguardingPartnershipInput,
    record: SafeguardingPartnership,
    collection: 'partnerships',
  },
  {
    type: 'safeguarding-partner',
    input: SafeguardingPartnerInput,
    record: SafeguardingPartner,
    collection: 'partners',
    embeddedIn: { type: 'safeguarding-partnership', field: 'safeguardingPartners' },
  },
  {
    type: 'relevant-agency',
    input: RelevantAgencyInput,
    record: RelevantAgency,
    collection: 'relevant-agencies',
    embeddedIn: { type: 'safeguarding-partnership', field: 'relevantAgencies' },
  },
  {
    type: 'serious-incident',
    input: SeriousIncidentInput,
    record: SeriousIncident,
    collection: 'serious-incidents',
  },
  { type: 'rapid-review', input: RapidReviewInput, record: RapidReview, collection: 'rapid-reviews' },
  {
    type: 'practice-review',
    input: PracticeReviewInput,
    record: PracticeReview,
    collection: 'practice-reviews',
  },
  { type: 'child-death', input: ChildDeathInput, record: ChildDeath, collection: 'child-deaths' },
] as const;

export type RecordType = (typeof RECORD_TYPES)[number]['type'];
