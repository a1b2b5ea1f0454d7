import type { Database, Queryable } from '../db/database.ts';
import type { NewAuditEvent } from './audit-event.ts';

/**
 * How events reach the log. A write appends its event in its own transaction, so the change and
 * its record commit together or not at all. Reads and denials queue theirs, and the queue is
 * written as one insert every `flushIntervalMs`: a read then costs no commit of its own. The price:
 * if the process dies, the reads of its last fraction of a second are not logged (README, "Audit").
 */
export interface AuditTrail {
  /** Appends an event in the caller's transaction or statement. */
  appendIn(q: Queryable, event: NewAuditEvent): Promise<void>;
  /**
   * Queues a read or denial event. Throws AuditUnavailableError when the queue is full (the
   * database has been unreachable too long): the request is then refused, never served unlogged.
   */
  record(event: NewAuditEvent): void;
  /** Writes everything queued so far; rejects if the database cannot take it. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is queued. */
  close(): Promise<void>;
}

export class AuditUnavailableError extends Error {
  override name = 'AuditUnavailableError';
}

const COLUMNS = 'at, token_id, request_id, action, record_type, record_id, record_ids, outcome';

/** Parameters of one event, in COLUMNS order. */
export function auditEventParams(event: NewAuditEvent): unknown[] {
  return [
    event.at,
    event.tokenId,
    event.requestId,
    event.action,
    event.recordType,
    event.recordId,
    event.recordIds,
    event.outcome,
  ];
}

/**
 * An `insert into audit_events` for one event whose parameters start at `$first`, to run as a
 * common-table expression of a larger statement (so a write and its event are one statement).
 * `outcome` may be given as an SQL expression instead, for an outcome only the statement knows.
 */
export function auditInsertSql(first: number, outcome?: string): string {
  const p = (i: number) => `$${first + i}`;
  return `insert into audit_events (${COLUMNS})
    values (${p(0)}::timestamptz, ${p(1)}::text, ${p(2)}::text, ${p(3)}::text, ${p(4)}::text, ${p(5)}::uuid,
            ${p(6)}::text[], ${outcome === undefined ? `${p(7)}::text` : `(${outcome})::text`})`;
}

/** Events in one insert, in order (each takes its position from the trigger as it is inserted). */
const BATCH_INSERT = `insert into audit_events (${COLUMNS})
  select ${COLUMNS} from rows from (jsonb_to_recordset($1::jsonb) as (
    at timestamptz, token_id text, request_id text, action text, record_type text, record_id uuid,
    record_ids text[], outcome text
  )) with ordinality as e(${COLUMNS}, n)
  order by n`;

export function createAuditTrail(
  db: Database,
  options: {
    flushIntervalMs?: number;
    /** Events queued at most before requests are refused. */
    maxQueued?: number;
    /** Told when a flush fails (the events stay queued and are tried again). */
    onError?: (error: unknown) => void;
  } = {},
): AuditTrail {
  const flushIntervalMs = options.flushIntervalMs ?? 50;
  const maxQueued = options.maxQueued ?? 100_000;
  const batchSize = 2000;
  let queue: NewAuditEvent[] = [];
  let writing: Promise<void> | undefined;
  let closed = false;

  async function writeQueued(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      const rows = batch.map((event) => ({
        at: event.at,
        token_id: event.tokenId,
        request_id: event.requestId,
        action: event.action,
        record_type: event.recordType,
        record_id: event.recordId,
        record_ids: event.recordIds,
        outcome: event.outcome,
      }));
      await db.query(BATCH_INSERT, [JSON.stringify(rows)]);
      // Only now are they logged; had the insert failed they would still be first in the queue.
      queue = queue.slice(batch.length);
    }
  }

  function flush(): Promise<void> {
    // One writer at a time, so events reach the log in the order they were recorded.
    const next = (writing ?? Promise.resolve()).catch(() => {}).then(writeQueued);
    writing = next;
    const settled = () => {
      if (writing === next) writing = undefined;
    };
    next.then(settled, settled);
    return next;
  }

  function flushInBackground(): void {
    if (queue.length > 0 && writing === undefined)
      flush().catch((error: unknown) => options.onError?.(error));
  }

  const timer = setInterval(flushInBackground, flushIntervalMs);
  timer.unref();

  return {
    async appendIn(q, event) {
      await q.query(auditInsertSql(1), auditEventParams(event));
    },
    record(event) {
      if (closed) throw new AuditUnavailableError('the audit trail is closed');
      if (queue.length >= maxQueued) {
        throw new AuditUnavailableError('the audit log cannot be written: the database is unreachable');
      }
      queue.push(event);
      // Under load, write a full batch at once rather than let the queue grow until the next tick.
      if (queue.length >= batchSize) flushInBackground();
    },
    async flush() {
      await flush();
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await flush();
    },
  };
}
