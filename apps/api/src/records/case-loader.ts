import { RECORD_REGISTRY, type RecordRegistryEntry } from '@safeguarding/schemas';
import type { Queryable } from '../db/database.ts';
import { type CaseLookup, linkedIds } from './case-chain.ts';
import {
  fromRow,
  isRecordId,
  RECORD_COLUMNS,
  type RecordRow,
  type StoredRecord,
} from './record-repository.ts';

const ROOT_TYPE = 'serious-incident';

/** Records by id, in one query. A link may hold any text; only an id of ours can name a record. */
export async function recordsById(
  q: Queryable,
  named: readonly string[],
  lock = false,
): Promise<StoredRecord[]> {
  const ids = named.filter(isRecordId);
  if (ids.length === 0) return [];
  const { rows } = await q.query<RecordRow>(
    `select ${RECORD_COLUMNS} from records where id = any($1::uuid[]) order by id${lock ? ' for update' : ''}`,
    [ids],
  );
  return rows.map(fromRow);
}

/** Every record whose links name one of these records, in one query (the link indexes of 0003). */
async function recordsLinkingToAny(q: Queryable, ids: readonly string[]): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const conditions = RECORD_REGISTRY.flatMap((entry: RecordRegistryEntry) =>
    entry.links
      .filter((link) => link.to === ROOT_TYPE && /^[A-Za-z]+$/.test(link.field))
      .map((link) =>
        link.many
          ? `(type = '${entry.id}' and body -> '${link.field}' ?| $1::text[])`
          : `(type = '${entry.id}' and body ->> '${link.field}' = any($1::text[]) and body ? '${link.field}')`,
      ),
  );
  const { rows } = await q.query<RecordRow>(
    `select ${RECORD_COLUMNS} from records where ${conditions.join(' or ')} order by records.seq`,
    [ids],
  );
  return rows.map(fromRow);
}

/** A case lookup over records already loaded, seeing only those `visible` lets through. */
export function loadedCaseLookup(
  records: Iterable<StoredRecord>,
  visible: (record: StoredRecord) => boolean,
): CaseLookup {
  const byId = new Map<string, StoredRecord>();
  const linking = new Map<string, StoredRecord[]>();
  const seen = [...records].filter(visible).sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq)));
  for (const record of seen) {
    byId.set(record.id, record);
    for (const link of linkedIds(record)) linking.set(link.id, [...(linking.get(link.id) ?? []), record]);
  }
  return {
    find: async (type, id) => {
      const record = byId.get(id);
      return record?.type === type ? record : undefined;
    },
    linkingTo: async (_type, id) => linking.get(id) ?? [],
  };
}

/**
 * Loads, in a few queries whatever their number, every record the cases of these anchors are made of:
 * the serious incidents they name (or are) and every record naming those. With `lock`, the incidents
 * are locked for the transaction first, so two changes to one case take turns (and read each other's
 * work) while changes to other cases do not wait.
 */
export async function loadCaseRecords(
  q: Queryable,
  anchors: readonly StoredRecord[],
  options: { lock?: boolean } = {},
): Promise<Map<string, StoredRecord>> {
  const all = new Map(anchors.map((record) => [record.id, record]));
  const named = new Set<string>();
  for (const anchor of anchors) {
    if (anchor.type === ROOT_TYPE) named.add(anchor.id);
    for (const link of linkedIds(anchor)) if (link.type === ROOT_TYPE) named.add(link.id);
  }
  // Incidents already in hand are not read again, unless they are to be locked.
  const toRead = options.lock ? [...named] : [...named].filter((id) => !all.has(id));
  for (const root of await recordsById(q, toRead, options.lock)) all.set(root.id, root);
  const rootIds = [...named].filter((id) => all.get(id)?.type === ROOT_TYPE);
  for (const record of await recordsLinkingToAny(q, rootIds))
    if (!all.has(record.id)) all.set(record.id, record);
  return all;
}
