import { type CaseRecords, factsFromCase, factsFromPartnership, RECORD_EVENTS } from '@safeguarding/rules';
import { type CaseFacts, RECORD_REGISTRY, type RecordRegistryEntry } from '@safeguarding/schemas';
import type { StoredRecord } from './record-repository.ts';

/**
 * How the records of a case are found. Both answer only records the caller may see, so a case never
 * borrows facts from a record its caller could not open.
 */
export interface CaseLookup {
  find(type: string, id: string): Promise<StoredRecord | undefined>;
  /** The records whose links name this record, oldest first. */
  linkingTo(type: string, id: string): Promise<StoredRecord[]>;
}

/** Which slot of a case each record type fills. */
const CASE_SLOTS: Readonly<Record<string, keyof CaseRecords>> = {
  'serious-incident': 'seriousIncident',
  'rapid-review': 'rapidReview',
  'practice-review': 'practiceReview',
  'child-death': 'childDeath',
};

const entries: ReadonlyMap<string, RecordRegistryEntry> = new Map(
  RECORD_REGISTRY.map((entry: RecordRegistryEntry) => [entry.id, entry]),
);

/** The ids a record's links name, in the order it lists them. */
export function linkedIds(record: Pick<StoredRecord, 'type' | 'body'>): { type: string; id: string }[] {
  return (entries.get(record.type)?.links ?? []).flatMap((link) => {
    const value = record.body[link.field];
    const ids = link.many ? (Array.isArray(value) ? value : []) : value === undefined ? [] : [value];
    return ids.map((id) => ({ type: link.to, id: String(id) }));
  });
}

export interface Case {
  /** The record the case is seen from. */
  anchor: StoredRecord;
  /** The record the others link to (the serious incident), when there is one the caller can see. */
  root: StoredRecord | undefined;
  /** Every record of the case the caller can see, the anchor included, oldest first. */
  members: StoredRecord[];
}

/**
 * The case a record belongs to: the serious incident it names (the first of its links that can be
 * found) and every record that names that incident. A record that names nothing is a case alone.
 */
export async function findCase(anchor: StoredRecord, lookup: CaseLookup): Promise<Case> {
  let root: StoredRecord | undefined = anchor.type === 'serious-incident' ? anchor : undefined;
  for (const link of root ? [] : linkedIds(anchor)) {
    root = await lookup.find(link.type, link.id);
    if (root) break;
  }
  if (!root) return { anchor, root: undefined, members: [anchor] };
  const linking = await lookup.linkingTo(root.type, root.id);
  const members = [root, ...linking.filter((record) => record.id !== root.id)];
  if (!members.some((record) => record.id === anchor.id)) members.push(anchor);
  return { anchor, root, members };
}

/**
 * The case facts seen from its anchor: the anchor fills its own slot, and each other slot takes the
 * oldest record of that type (a second rapid review of one incident is answered from its own dates).
 */
export function caseFacts({ anchor, members }: Case): CaseFacts {
  // Stored bodies passed their record schema when they were written.
  if (anchor.type === 'safeguarding-partnership') {
    return factsFromPartnership(anchor.body as Parameters<typeof factsFromPartnership>[0]);
  }
  const records: Record<string, unknown> = {};
  for (const record of [anchor, ...members]) {
    const slot = CASE_SLOTS[record.type];
    if (slot !== undefined && records[slot] === undefined) records[slot] = record.body;
  }
  return factsFromCase(records as CaseRecords);
}

const recordTypeOfEvent: ReadonlyMap<string, string> = new Map(
  Object.entries(RECORD_EVENTS).flatMap(([type, events]) => events.map((event) => [event, type] as const)),
);

/**
 * Which record of a case an action belongs to: the record that holds the date of the event that
 * discharges it (a rapid review's completion belongs to the rapid review), or, when the case has no
 * such record yet, the serious incident it started from.
 */
export function actionOwner(kase: Case, doneEvent: string | undefined): StoredRecord {
  const type = doneEvent === undefined ? undefined : recordTypeOfEvent.get(doneEvent);
  if (type === kase.anchor.type) return kase.anchor;
  const holder = type === undefined ? undefined : kase.members.find((record) => record.type === type);
  return holder ?? kase.root ?? kase.anchor;
}
