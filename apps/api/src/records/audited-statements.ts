import type { NewAuditEvent } from '../audit/audit-event.ts';
import { auditEventParams, auditInsertSql } from '../audit/audit-trail.ts';
import type { Queryable } from '../db/database.ts';
import { type DueRefresh, type DueRow, dueInsertParams, dueInsertSql } from './due-index.ts';
import type { KeyToStore, StoredResponse } from './idempotency.ts';

/**
 * Inserts a record (its id and timestamps chosen by the caller, so the response is known before the
 * write), its audit event, when given its idempotency key with that response, and when given its due
 * rows (a record that is a case on its own), in one statement: all commit together or none does, in
 * one round trip and without a transaction.
 */
export async function insertRecordAudited(
  q: Queryable,
  record: { id: string; type: string; area: string; areas: readonly string[]; body: Record<string, unknown> },
  now: Date,
  event: NewAuditEvent,
  idempotency?: { key: KeyToStore; response: StoredResponse },
  due?: { rows: readonly DueRow[]; refresh: readonly DueRefresh[] },
): Promise<void> {
  const params: unknown[] = [
    record.id,
    record.type,
    record.area,
    JSON.stringify(record.body),
    now.toISOString(),
    record.areas,
  ];
  const keyCte = idempotency
    ? `, key_insert as (
        insert into idempotency_keys (token_id, key, request_hash, status, response, record_id, created_at)
        select $${params.push(idempotency.key.tokenId)}, $${params.push(idempotency.key.key)},
               $${params.push(idempotency.key.fingerprint)}, $${params.push(idempotency.response.status)}::int,
               $${params.push(JSON.stringify(idempotency.response.body))}::json, id, created_at
        from inserted)`
    : '';
  const auditFrom = params.length + 1;
  params.push(...auditEventParams(event));
  const dueFrom = params.length + 1;
  if (due) params.push(...dueInsertParams(due));
  await q.query(
    `with inserted as (
       insert into records (id, type, area, areas, version, body, created_at, updated_at)
       values ($1, $2, $3, $6::text[], 1, $4::jsonb, $5, $5)
       returning id, created_at
     )${keyCte},
     audit as (${auditInsertSql(auditFrom)})${due ? `, ${dueInsertSql(dueFrom)}` : ''}
     select 1`,
    params,
  );
}
