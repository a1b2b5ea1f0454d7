import { createHash } from 'node:crypto';
import { isUniqueViolation, type Queryable } from '../db/database.ts';

/** What a create answered, kept so a retry with the same key gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
  recordId: string;
}

export type IdempotentOutcome =
  | ({ outcome: 'created' } & StoredResponse)
  | ({ outcome: 'replayed' } & StoredResponse)
  | { outcome: 'key-reused'; key: string };

/** A stable fingerprint of a request: key order in the JSON body does not change it. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest('hex');
}

/** JSON with object keys sorted. Only called on validated bodies, whose depth the schema bounds. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface KeyRow {
  request_hash: string;
  status: number;
  response: unknown;
  record_id: string;
}

async function findKey(db: Queryable, tokenId: string, key: string): Promise<KeyRow | undefined> {
  const { rows } = await db.query<KeyRow>(
    'select request_hash, status, response, record_id from idempotency_keys where token_id = $1 and key = $2',
    [tokenId, key],
  );
  return rows[0];
}

function replay(row: KeyRow, fingerprint: string, key: string): IdempotentOutcome {
  if (row.request_hash !== fingerprint) return { outcome: 'key-reused', key };
  const body = typeof row.response === 'string' ? JSON.parse(row.response) : row.response;
  return { outcome: 'replayed', status: row.status, body, recordId: row.record_id };
}

/** The key to store with the record, in the same statement or transaction as the record itself. */
export interface KeyToStore {
  tokenId: string;
  key: string;
  fingerprint: string;
}

/** Stores a key with the answer it produced (for callers that write in several statements). */
export async function storeIdempotencyKey(
  tx: Queryable,
  key: KeyToStore,
  response: StoredResponse,
  now: Date,
) {
  await tx.query(
    `insert into idempotency_keys (token_id, key, request_hash, status, response, record_id, created_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
    [
      key.tokenId,
      key.key,
      key.fingerprint,
      response.status,
      JSON.stringify(response.body),
      response.recordId,
      now.toISOString(),
    ],
  );
}

/**
 * Runs `create` at most once per (token, key). `create` must store the key it is given atomically with
 * the record (same statement or transaction), so either both exist or neither does; a concurrent
 * duplicate then loses on the primary key and replays the winner's answer. Without a key, `create`
 * simply runs.
 */
export async function createOnce(
  db: Queryable,
  idempotency: { tokenId: string; key: string | undefined; fingerprint: string },
  create: (key: KeyToStore | undefined) => Promise<StoredResponse>,
): Promise<IdempotentOutcome> {
  const { tokenId, key, fingerprint } = idempotency;
  if (key === undefined) return { outcome: 'created', ...(await create(undefined)) };
  const earlier = await findKey(db, tokenId, key);
  if (earlier) return replay(earlier, fingerprint, key);
  try {
    return { outcome: 'created', ...(await create({ tokenId, key, fingerprint })) };
  } catch (error) {
    if (!isUniqueViolation(error, 'idempotency_keys_pkey')) throw error;
    const winner = await findKey(db, tokenId, key);
    if (!winner) throw error;
    return replay(winner, fingerprint, key);
  }
}
