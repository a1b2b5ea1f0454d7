import { auditCtes, auditParams, lockAuditChain } from '../audit/audit-log.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { KeyToStore, StoredResponse } from './idempotency.ts';
import { fromRow, RECORD_COLUMNS, type RecordRow, type StoredRecord } from './record-repository.ts';

/**
 * Runs one statement that both does the work and appends its audit event, so they commit together.
 * On PGlite the statement commits on its own (PGlite runs one at a time); on PostgreSQL it runs in a
 * transaction that first takes the audit chain's lock. One statement instead of a transaction of
 * several is what lets the embedded database keep up with hundreds of writes a second.
 */
export function withAuditedStatement<T>(db: Database, run: (q: Queryable) => Promise<T>): Promise<T> {
  if (db.serialised) return run(db);
  return db.transaction(async (tx) => {
    await lockAuditChain(tx);
    return run(tx);
  });
}

export interface AuditedBy {
  tokenId: string;
  action: string;
  now: Date;
}

/**
 * Inserts a record (its id and timestamps chosen by the caller, so the response is known before the
 * write), its audit event and, when given, its idempotency key with that response, in one statement.
 */
export async function insertRecordAudited(
  q: Queryable,
  record: { id: string; type: string; area: string; areas: readonly string[]; body: Record<string, unknown> },
  by: AuditedBy,
  idempotency?: { key: KeyToStore; response: StoredResponse },
): Promise<void> {
  const now = by.now.toISOString();
  const params: unknown[] = [
    record.id,
    record.type,
    record.area,
    JSON.stringify(record.body),
    now,
    record.areas,
  ];
  const keyCte = idempotency
    ? `, key_insert as (
        insert into idempotency_keys (token_id, key, request_hash, status, response, record_id, created_at)
        select $${params.push(idempotency.key.tokenId)}, $${params.push(idempotency.key.key)},
               $${params.push(idempotency.key.fingerprint)}, $${params.push(idempotency.response.status)}::int,
               $${params.push(JSON.stringify(idempotency.response.body))}::jsonb, id, created_at
        from inserted)`
    : '';
  const auditFrom = params.length + 1;
  params.push(
    ...auditParams({
      at: by.now,
      tokenId: by.tokenId,
      action: by.action,
      recordType: record.type,
      recordId: record.id,
    }),
  );
  const { rows } = await q.query<{ seq: number }>(
    `with inserted as (
       insert into records (id, type, area, areas, version, body, created_at, updated_at)
       values ($1, $2, $3, $6::text[], 1, $4::jsonb, $5, $5)
       returning id, created_at
     )${keyCte},
     ${auditCtes(auditFrom, `'ok'`)}
     select seq from audit_insert`,
    params,
  );
  // The statement either did all three inserts or none; a missing row here would be a bug.
  if (rows.length !== 1) throw new Error('the record insert did not report its audit event');
}

/**
 * Reads a record if the caller may see its area, and appends the audit event of the attempt (ok or
 * not-found), in one statement. `areas` undefined means every area. A record of another area is
 * reported exactly as a missing one.
 */
export async function readRecordAudited(
  q: Queryable,
  read: { type: string; id: string; areas: readonly string[] | undefined },
  by: AuditedBy,
): Promise<StoredRecord | undefined> {
  const { rows } = await q.query<RecordRow>(
    `with found as (
       select ${RECORD_COLUMNS} from records
       where id = $1 and type = $2 and ($3::text[] is null or areas && $3::text[])
     ),
     ${auditCtes(4, `case when exists (select 1 from found) then 'ok' else 'not-found' end`)}
     select * from found`,
    [
      read.id,
      read.type,
      read.areas ?? null,
      ...auditParams({
        at: by.now,
        tokenId: by.tokenId,
        action: by.action,
        recordType: read.type,
        recordId: read.id,
      }),
    ],
  );
  return rows[0] ? fromRow(rows[0]) : undefined;
}
