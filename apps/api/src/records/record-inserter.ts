import type { NewAuditEvent } from '../audit/audit-event.ts';
import { isUniqueViolation, type Queryable } from '../db/database.ts';
import { insertRecordAudited } from './audited-statements.ts';
import { type DueRefresh, type DueRow, dueInsertParams, dueInsertSql } from './due-index.ts';
import type { KeyToStore, StoredResponse } from './idempotency.ts';

/** Everything one create of a record that is a case on its own writes. */
export interface LoneRecordInsert {
  record: { id: string; type: string; area: string; areas: readonly string[]; body: Record<string, unknown> };
  now: Date;
  event: NewAuditEvent;
  idempotency?: { key: KeyToStore; response: StoredResponse };
  due: { rows: readonly DueRow[]; refresh: readonly DueRefresh[] };
}

/** The records, keys and audit events of a batch, in its order (each event takes its position as inserted). */
const BATCH_INSERT = `with input as (
    select * from rows from (jsonb_to_recordset($1::jsonb) as (
      id uuid, type text, area text, areas text[], body jsonb, created_at timestamptz,
      key_token text, key text, key_hash text, key_status int, key_response json,
      at timestamptz, token_id text, request_id text, action text, record_type text, record_id uuid,
      record_ids text[], outcome text
    )) with ordinality as i(id, type, area, areas, body, created_at, key_token, key, key_hash, key_status,
      key_response, at, token_id, request_id, action, record_type, record_id, record_ids, outcome, n)
  ),
  inserted as (
    insert into records (id, type, area, areas, version, body, created_at, updated_at)
    select id, type, area, areas, 1, body, created_at, created_at from input order by n
    returning id
  ),
  key_insert as (
    insert into idempotency_keys (token_id, key, request_hash, status, response, record_id, created_at)
    select i.key_token, i.key, i.key_hash, i.key_status, i.key_response, i.id, i.created_at
    from input i join inserted using (id) where i.key is not null
  ),
  audit as (
    insert into audit_events (at, token_id, request_id, action, record_type, record_id, record_ids, outcome)
    select at, token_id, request_id, action, record_type, record_id, record_ids, outcome from input order by n
  ),
  ${dueInsertSql(2)}
  select 1`;

/**
 * Writes creates of records that are cases on their own, gathering those that arrive together into
 * one statement: each record, its audit event, its idempotency key and its due rows still commit
 * together (the statement is atomic), and under load many requests share one round trip and one
 * commit instead of queueing for the pool. If the statement fails (an idempotency key already
 * taken, say), each create of the batch is tried on its own, so one request never fails another.
 */
export function createRecordInserter(db: Queryable, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 100;
  type Pending = LoneRecordInsert & { resolve(): void; reject(error: unknown): void };
  let queue: Pending[] = [];
  let scheduled = false;

  const alone = (insert: Pending) =>
    insertRecordAudited(db, insert.record, insert.now, insert.event, insert.idempotency, insert.due).then(
      insert.resolve,
      insert.reject,
    );

  async function flush(): Promise<void> {
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    scheduled = queue.length > 0;
    if (scheduled) setImmediate(flush);
    if (batch.length === 1) return alone(batch[0] as Pending);
    const rows = batch.map(({ record, now, event, idempotency }) => ({
      id: record.id,
      type: record.type,
      area: record.area,
      areas: record.areas,
      body: record.body,
      created_at: now.toISOString(),
      key_token: idempotency?.key.tokenId ?? null,
      key: idempotency?.key.key ?? null,
      key_hash: idempotency?.key.fingerprint ?? null,
      key_status: idempotency?.response.status ?? null,
      key_response: idempotency?.response.body ?? null,
      at: event.at,
      token_id: event.tokenId,
      request_id: event.requestId,
      action: event.action,
      record_type: event.recordType,
      record_id: event.recordId,
      record_ids: event.recordIds,
      outcome: event.outcome,
    }));
    const due = {
      rows: batch.flatMap((insert) => insert.due.rows),
      refresh: batch.flatMap((insert) => insert.due.refresh),
    };
    try {
      await db.query(BATCH_INSERT, [JSON.stringify(rows), ...dueInsertParams(due)]);
      for (const insert of batch) insert.resolve();
    } catch (error) {
      // The batch wrote nothing. A key taken (a retry racing its original) is the expected case;
      // each create on its own then fails, or succeeds, by itself.
      if (!isUniqueViolation(error)) {
        for (const insert of batch) insert.reject(error);
        return;
      }
      await Promise.all(batch.map(alone));
    }
  }

  return (insert: LoneRecordInsert): Promise<void> =>
    new Promise((resolve, reject) => {
      queue.push({ ...insert, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

export type RecordInserter = ReturnType<typeof createRecordInserter>;
