import type { z } from '@hono/zod-openapi';
import {
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
} from '@safeguarding/rules';
import {
  type CaseFacts,
  ChildDeath,
  ChildDeathInput,
  PracticeReview,
  PracticeReviewInput,
  RapidReview,
  RapidReviewInput,
  SafeguardingPartnership,
  SafeguardingPartnershipInput,
  SeriousIncident,
  SeriousIncidentInput,
} from '@safeguarding/schemas';

/** Looks up another record the facts depend on (a rapid review's incident), if the caller may see it. */
export type RelatedRecordLookup = (type: string, id: string) => Promise<Record<string, unknown> | undefined>;

/** One collection of the API: its URL segment, its schemas and how its records become case facts. */
export interface Resource {
  type: string;
  collection: string;
  /** Singular, lower case, for messages: "serious incident". */
  noun: string;
  tag: string;
  input: z.ZodType;
  record: z.ZodType;
  /** The record's case facts (with its linked records' where it has them). */
  facts(body: Record<string, unknown>, related: RelatedRecordLookup): Promise<CaseFacts>;
  /** Every area a record belongs to: who may see it. Default: its area alone. */
  areas?(body: Record<string, unknown>): string[];
}

/** Every area a record belongs to, always including its own. */
export function recordAreas(resource: Resource, body: Record<string, unknown>): string[] {
  const own = String(body.area);
  const more = resource.areas?.(body) ?? [];
  return [own, ...more.filter((area) => area !== own)];
}

/**
 * The record collections. Safeguarding partners and relevant agencies are kept inside their
 * partnership (`safeguardingPartners`, `relevantAgencies`): they are part of the published
 * arrangements, change with them and take the partnership's version.
 */
export const RESOURCES: readonly Resource[] = [
  {
    type: 'safeguarding-partnership',
    collection: 'partnerships',
    noun: 'partnership',
    tag: 'Partnerships',
    input: SafeguardingPartnershipInput,
    record: SafeguardingPartnership,
    facts: async (body) => factsFromPartnership(body as z.infer<typeof SafeguardingPartnershipInput>),
    // Arrangements may cover several local authorities; the partners of each may see them.
    areas: (body) => (body as z.infer<typeof SafeguardingPartnershipInput>).areas,
  },
  {
    type: 'serious-incident',
    collection: 'serious-incidents',
    noun: 'serious incident',
    tag: 'Serious incidents',
    input: SeriousIncidentInput,
    record: SeriousIncident,
    facts: async (body) => factsFromSeriousIncident(body as z.infer<typeof SeriousIncidentInput>),
  },
  {
    type: 'rapid-review',
    collection: 'rapid-reviews',
    noun: 'rapid review',
    tag: 'Rapid reviews',
    input: RapidReviewInput,
    record: RapidReview,
    facts: async (body, related) => {
      const review = body as z.infer<typeof RapidReviewInput>;
      const incident = await related('serious-incident', review.seriousIncidentId);
      return factsFromRapidReview(review, incident as z.infer<typeof SeriousIncidentInput> | undefined);
    },
  },
  {
    type: 'practice-review',
    collection: 'practice-reviews',
    noun: 'practice review',
    tag: 'Practice reviews',
    input: PracticeReviewInput,
    record: PracticeReview,
    facts: async (body) => factsFromPracticeReview(body as z.infer<typeof PracticeReviewInput>),
  },
  {
    type: 'child-death',
    collection: 'child-deaths',
    noun: 'child death',
    tag: 'Child deaths',
    input: ChildDeathInput,
    record: ChildDeath,
    facts: async (body) => factsFromChildDeath(body as z.infer<typeof ChildDeathInput>),
  },
];
