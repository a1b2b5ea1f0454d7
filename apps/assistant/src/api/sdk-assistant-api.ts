import { type CaseRecords, factsFromCase, factsFromPartnership } from '@safeguarding/rules';
import type {
  ChildDeath,
  PracticeReview,
  RapidReview,
  SafeguardingPartnership,
  SeriousIncident,
} from '@safeguarding/schemas';
import { type Client, SafeguardingApiError } from '@safeguarding/sdk';
import type { DueItem } from '../conversation/state.ts';
import type { AssistantApi } from './assistant-api.ts';

/** The collections a case's records are in, looked through in this order for an id. */
const COLLECTIONS = [
  'seriousIncidents',
  'rapidReviews',
  'practiceReviews',
  'childDeaths',
  'partnerships',
] as const;
type Collection = (typeof COLLECTIONS)[number];

const RECORD_TYPE: Record<Collection, string> = {
  seriousIncidents: 'serious-incident',
  rapidReviews: 'rapid-review',
  practiceReviews: 'practice-review',
  childDeaths: 'child-death',
  partnerships: 'safeguarding-partnership',
};

const DUE_PAGE = 100;

/** The record with this id in whichever collection holds it, or undefined when none the token can see does. */
async function findRecord(
  client: Client,
  id: string,
): Promise<{ collection: Collection; record: unknown } | undefined> {
  for (const collection of COLLECTIONS) {
    try {
      return { collection, record: await client[collection].get(id) };
    } catch (error) {
      if (error instanceof SafeguardingApiError && error.status === 404) continue;
      throw error;
    }
  }
  return undefined;
}

async function firstOf<T>(records: AsyncIterable<T>): Promise<T | undefined> {
  for await (const record of records) return record;
  return undefined;
}

/**
 * The records of the case a record belongs to, as the API chains them: the serious incident it
 * names, and the rapid review, practice review and child death record that name that incident.
 */
async function caseRecords(client: Client, collection: Collection, record: unknown): Promise<CaseRecords> {
  const named = record as { seriousIncidentId?: string; seriousIncidentIds?: string[] };
  const incidentId =
    collection === 'seriousIncidents'
      ? (record as SeriousIncident).id
      : (named.seriousIncidentId ?? named.seriousIncidentIds?.[0]);
  const incident =
    collection === 'seriousIncidents'
      ? (record as SeriousIncident)
      : incidentId
        ? await client.seriousIncidents.get(incidentId).catch(() => undefined)
        : undefined;
  const own: CaseRecords = {
    ...(collection === 'rapidReviews' ? { rapidReview: record as RapidReview } : {}),
    ...(collection === 'practiceReviews' ? { practiceReview: record as PracticeReview } : {}),
    ...(collection === 'childDeaths' ? { childDeath: record as ChildDeath } : {}),
  };
  if (!incident) return own;
  const linked = { seriousIncidentId: incident.id };
  const [rapidReview, practiceReview, childDeath] = await Promise.all([
    own.rapidReview ?? firstOf(client.rapidReviews.list(linked)),
    own.practiceReview ?? firstOf(client.practiceReviews.list(linked)),
    own.childDeath ?? firstOf(client.childDeaths.list(linked)),
  ]);
  return {
    seriousIncident: incident as unknown as SeriousIncident,
    ...(rapidReview ? { rapidReview: rapidReview as unknown as RapidReview } : {}),
    ...(practiceReview ? { practiceReview: practiceReview as unknown as PracticeReview } : {}),
    ...(childDeath ? { childDeath: childDeath as unknown as ChildDeath } : {}),
  };
}

/**
 * /case and /due through the SDK. A record is loaded with the rest of its case, so the facts the
 * conversation carries on with are the ones the API answered from; the answer itself is the API's.
 */
export function sdkAssistantApi(client: Client): AssistantApi {
  return {
    async loadCase(id, { asOf }) {
      const found = await findRecord(client, id);
      if (!found) throw new Error(`no record has the id ${id}, or your token cannot see it`);
      const { collection, record } = found;
      const facts =
        collection === 'partnerships'
          ? factsFromPartnership(record as SafeguardingPartnership)
          : factsFromCase(await caseRecords(client, collection, record));
      const result = await client[collection].nextActions(id, { asOf });
      return { recordType: RECORD_TYPE[collection], id, facts, result };
    },
    async listDue({ before }) {
      const items: DueItem[] = [];
      let asOf = '';
      let cursor: string | undefined;
      do {
        const page = await client.due({
          limit: DUE_PAGE,
          ...(before ? { before } : {}),
          ...(cursor ? { cursor } : {}),
        });
        asOf = page.asOf;
        for (const { recordType, recordId, action } of page.items)
          items.push({ recordType, recordId, action });
        cursor = page.nextCursor;
      } while (cursor);
      return { asOf, items };
    },
  };
}
