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

/**
 * How long a key holds: a retry within a day gets the first answer; after that the key, and the
 * answer stored with it, are gone (as with Stripe's keys), and the same key makes a new record.
 */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

const expiryCutoff = (now: Date) => new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS).toISOString();

/** A key still in force at `now`; an expired one not yet deleted does not count. */
async function findKey(db: Queryable, tokenId: string, key: string, now: Date): Promise<KeyRow | undefined> {
  const { rows } = await db.query<KeyRow>(
    `select request_hash, status, response, record_id from idempotency_keys
     where token_id = $1 and key = $2 and created_at > $3`,
    [tokenId, key, expiryCutoff(now)],
  );
  return rows[0];
}

/**
 * Deletes keys older than a day, with the responses stored with them, a batch at a time so no
 * statement runs long. Returns how many went. Run regularly (see maintenance.ts).
 */
export async function deleteExpiredKeys(db: Queryable, now: Date, batch = 5000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(
      `with gone as (
         delete from idempotency_keys where (token_id, key) in (
           select token_id, key from idempotency_keys where created_at <= $1 limit $2)
         returning 1)
       select count(*)::int as n from gone`,
      [expiryCutoff(now), batch],
    );
    const n = rows[0]?.n ?? 0;
    deleted += n;
    if (n < batch) return deleted;
  }
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
     values ($1, $2, $3, $4, $5::json, $6, $7)`,
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
 * Runs `create` at most once per (token, key) a day. `create` must store the key it is given
 * atomically with the record (same statement or transaction), so either both exist or neither does.
 * It is tried first, as most keys are new: a key already used loses on the primary key, and the
 * answer stored with it is replayed; a key left by an expired request is cleared and the create tried
 * again. Without a key, `create` simply runs.
 */
export async function createOnce(
  db: Queryable,
  idempotency: { tokenId: string; key: string | undefined; fingerprint: string; now: Date },
  create: (key: KeyToStore | undefined) => Promise<StoredResponse>,
): Promise<IdempotentOutcome> {
  const { tokenId, key, fingerprint, now } = idempotency;
  if (key === undefined) return { outcome: 'created', ...(await create(undefined)) };
  for (let attempt = 0; ; attempt++) {
    try {
      return { outcome: 'created', ...(await create({ tokenId, key, fingerprint })) };
    } catch (error) {
      if (!isUniqueViolation(error, 'idempotency_keys_pkey')) throw error;
      const winner = await findKey(db, tokenId, key, now);
      if (winner) return replay(winner, fingerprint, key);
      if (attempt > 0) throw error;
      await db.query('delete from idempotency_keys where token_id = $1 and key = $2 and created_at <= $3', [
        tokenId,
        key,
        expiryCutoff(now),
      ]);
    }
  }
}
