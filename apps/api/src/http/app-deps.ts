import type { AuditLog } from '../audit/audit-log.ts';
import type { Database } from '../db/database.ts';
import type { Engine } from '../engine/engine.ts';
import type { Examples } from '../openapi/examples.ts';
import type { RecordInserter } from '../records/record-inserter.ts';
import type { RecordReader } from '../records/record-reader.ts';
import type { Clock } from './clock.ts';

/** What the routes are built from: all injected, so tests decide the database, the engine and the time. */
export interface AppDeps {
  db: Database;
  engine: Engine;
  clock: Clock;
  /** Reads records the caller may see, several requests to a query (see createRecordReader). */
  records: RecordReader;
  /** Writes creates of records that are cases on their own, several requests to a statement. */
  inserts: RecordInserter;
  /** Where accesses are logged, and what verifying the log needs. */
  audit: AuditLog;
  /** The documented examples of each schema (schemas/examples). */
  examples: Examples;
}
