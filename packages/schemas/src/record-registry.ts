import type * as z from 'zod';
import { ChildDeath, ChildDeathInput } from './child-death.ts';
import { PracticeReview, PracticeReviewInput } from './practice-review.ts';
import { RapidReview, RapidReviewInput } from './rapid-review.ts';
import { RelevantAgency, RelevantAgencyInput } from './relevant-agency.ts';
import { SafeguardingPartner, SafeguardingPartnerInput } from './safeguarding-partner.ts';
import { SafeguardingPartnership, SafeguardingPartnershipInput } from './safeguarding-partnership.ts';
import { SeriousIncident, SeriousIncidentInput } from './serious-incident.ts';

/** A field of one record that names another record by its id. */
export interface RecordLink {
  /** The field, for example `seriousIncidentId`. */
  field: string;
  /** The registry id of the record it names. */
  to: string;
  /** True when the field is a list of ids. */
  many: boolean;
}

/** What every layer needs to know about one record type. */
export interface RecordRegistryEntry {
  /** Registry id: the schema id, `<id>.schema.json` and `<id>-input.schema.json`. */
  id: string;
  /** Singular, lower case, for sentences: "serious incident". */
  noun: string;
  /** URL segment of its collection in the API: `/v1/<path>`. */
  path: string;
  /** Heading it is grouped under in the API's documentation. */
  tag: string;
  tagDescription: string;
  /**
   * The fields that say whose record it is: first the lead area (one GSS code, whose partners may
   * change it), then any lists of further areas whose partners may also see it.
   */
  areaFields: readonly [lead: string, ...more: string[]];
  /** Fields naming other records: a case is the chain of records they link. */
  links: readonly RecordLink[];
  /**
   * The national Child Safeguarding Practice Review Panel reads it in every area: notifications,
   * rapid reviews and practice reviews are sent to the Panel (Working Together 2023, chapter 5).
   */
  panelReads: boolean;
  /** Kept inside another record rather than in a collection of its own. */
  embeddedIn?: { id: string; field: string };
  input: z.ZodType;
  record: z.ZodType;
}

const seriousIncidentLink = { field: 'seriousIncidentId', to: 'serious-incident', many: false } as const;

/**
 * The record types, in the order the API and the documentation list them. Safeguarding partners and
 * relevant agencies are kept inside their partnership (`safeguardingPartners`, `relevantAgencies`):
 * they are part of the published arrangements and change with them.
 */
export const RECORD_REGISTRY = [
  {
    id: 'safeguarding-partnership',
    noun: 'partnership',
    path: 'partnerships',
    tag: 'Partnerships',
    tagDescription: 'Published safeguarding arrangements, with their partners and relevant agencies.',
    // Arrangements may cover several local authorities; the partners of each may see them.
    areaFields: ['area', 'areas'],
    links: [],
    panelReads: false,
    input: SafeguardingPartnershipInput,
    record: SafeguardingPartnership,
  },
  {
    id: 'safeguarding-partner',
    noun: 'safeguarding partner',
    path: 'partners',
    tag: 'Partnerships',
    tagDescription: 'A safeguarding partner named in published arrangements.',
    areaFields: ['area'],
    links: [],
    panelReads: false,
    embeddedIn: { id: 'safeguarding-partnership', field: 'safeguardingPartners' },
    input: SafeguardingPartnerInput,
    record: SafeguardingPartner,
  },
  {
    id: 'relevant-agency',
    noun: 'relevant agency',
    path: 'relevant-agencies',
    tag: 'Partnerships',
    tagDescription: 'A relevant agency named in published arrangements.',
    areaFields: ['area'],
    links: [],
    panelReads: false,
    embeddedIn: { id: 'safeguarding-partnership', field: 'relevantAgencies' },
    input: RelevantAgencyInput,
    record: RelevantAgency,
  },
  {
    id: 'serious-incident',
    noun: 'serious incident',
    path: 'serious-incidents',
    tag: 'Serious incidents',
    tagDescription: 'Serious incident notifications: the start of a case.',
    areaFields: ['area'],
    links: [],
    panelReads: true,
    input: SeriousIncidentInput,
    record: SeriousIncident,
  },
  {
    id: 'rapid-review',
    noun: 'rapid review',
    path: 'rapid-reviews',
    tag: 'Rapid reviews',
    tagDescription: 'Rapid reviews of serious incidents.',
    areaFields: ['area'],
    links: [seriousIncidentLink],
    panelReads: true,
    input: RapidReviewInput,
    record: RapidReview,
  },
  {
    id: 'practice-review',
    noun: 'practice review',
    path: 'practice-reviews',
    tag: 'Practice reviews',
    tagDescription: 'Local and national practice reviews, and historic serious case reviews.',
    areaFields: ['area'],
    links: [{ field: 'seriousIncidentIds', to: 'serious-incident', many: true }],
    panelReads: true,
    input: PracticeReviewInput,
    record: PracticeReview,
  },
  {
    id: 'child-death',
    noun: 'child death',
    path: 'child-deaths',
    tag: 'Child deaths',
    tagDescription: 'Child death review records.',
    areaFields: ['area'],
    links: [seriousIncidentLink],
    panelReads: false,
    input: ChildDeathInput,
    record: ChildDeath,
  },
] as const satisfies readonly RecordRegistryEntry[];

export type RecordTypeId = (typeof RECORD_REGISTRY)[number]['id'];

/** The record types with a collection of their own (not kept inside another record). */
export const RECORD_COLLECTIONS: readonly RecordRegistryEntry[] = RECORD_REGISTRY.filter(
  (entry: RecordRegistryEntry) => entry.embeddedIn === undefined,
);
