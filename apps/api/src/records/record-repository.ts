import { randomUUID } from 'node:crypto';
import { RECORD_REGISTRY, type RecordLink, type RecordRegistryEntry } from '@safeguarding/schemas';
import type { Queryable } from '../db/database.ts';

/** A stored record as the repository sees it: the validated body plus the columns the API manages. */
export interface StoredRecord {
  id: string;
  type: string;
  area: string;
  /** Every area the record belongs to (a partnership may cover several); includes area. */
  areas: string[];
  version: number;
  body: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  /** Insertion order; the page cursor. */
  seq: string;
}

export interface RecordRow {
  id: string;
  type: string;
  area: string;
  areas: string[];
  version: number;
  body: Record<string, unknown> | string;
  created_at: Date | string;
  updated_at: Date | string;
  seq: string;
}

export const RECORD_COLUMNS =
  'id, type, area, areas, version, body, created_at, updated_at, seq::text as seq';

export function fromRow(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    type: row.type,
    area: row.area,
    areas: row.areas,
    version: row.version,
    body: typeof row.body === 'string' ? (JSON.parse(row.body) as Record<string, unknown>) : row.body,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    seq: row.seq,
  };
}

/** The record as the API shows it: its fields, then id, version and timestamps. */
export function toRecordJson(record: StoredRecord): Record<string, unknown> {
  return {
    ...record.body,
    id: record.id,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export interface NewRecord {
  type: string;
  area: string;
  /** Every area it belongs to; default [area]. */
  areas?: readonly string[];
  body: Record<string, unknown>;
  now: Date;
}

export async function insertRecord(db: Queryable, record: NewRecord): Promise<StoredRecord> {
  const { rows } = await db.query<RecordRow>(
    `insert into records (id, type, area, areas, version, body, created_at, updated_at)
     values ($1, $2, $3, $6::text[], 1, $4::jsonb, $5, $5)
     returning ${RECORD_COLUMNS}`,
    [
      randomUUID(),
      record.type,
      record.area,
      JSON.stringify(record.body),
      record.now.toISOString(),
      record.areas ?? [record.area],
    ],
  );
  return fromRow(rows[0] as RecordRow);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name a record; answering "not found" avoids a database type error. */
export function isRecordId(id: string): boolean {
  return UUID.test(id);
}

export async function findRecord(db: Queryable, type: string, id: string): Promise<StoredRecord | undefined> {
  if (!isRecordId(id)) return undefined;
  const { rows } = await db.query<RecordRow>(
    `select ${RECORD_COLUMNS} from records where id = $1 and type = $2`,
    [id, type],
  );
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export type ReplaceOutcome =
  | { outcome: 'replaced'; record: StoredRecord }
  | { outcome: 'stale'; currentVersion: number }
  | { outcome: 'missing' };

/**
 * Replaces the body only if the stored version is still `expectedVersion`: the check and the write
 * are one statement, so of two updates made from the same version exactly one succeeds.
 */
export async function replaceRecord(
  db: Queryable,
  change: {
    type: string;
    id: string;
    expectedVersion: number;
    area: string;
    areas?: readonly string[];
    body: Record<string, unknown>;
    now: Date;
  },
): Promise<ReplaceOutcome> {
  if (!isRecordId(change.id)) return { outcome: 'missing' };
  const { rows } = await db.query<RecordRow>(
    `update records set body = $4::jsonb, area = $5, areas = $7::text[], version = version + 1, updated_at = $6
     where id = $1 and type = $2 and version = $3
     returning ${RECORD_COLUMNS}`,
    [
      change.id,
      change.type,
      change.expectedVersion,
      JSON.stringify(change.body),
      change.area,
      change.now.toISOString(),
      change.areas ?? [change.area],
    ],
  );
  if (rows[0]) return { outcome: 'replaced', record: fromRow(rows[0]) };
  const current = await findRecord(db, change.type, change.id);
  return current ? { outcome: 'stale', currentVersion: current.version } : { outcome: 'missing' };
}

/** The registry's record types by id. */
export const RECORD_TYPES_BY_ID: ReadonlyMap<string, RecordRegistryEntry> = new Map(
  RECORD_REGISTRY.map((entry: RecordRegistryEntry) => [entry.id, entry]),
);

/** A record link field in SQL. Names come from the registry, never from a request; checked all the same. */
function linkCondition(link: Pick<RecordLink, 'field' | 'many'>, placeholder: string): string {
  if (!/^[A-Za-z]+$/.test(link.field)) throw new Error(`not a link field name: ${link.field}`);
  // The exact expressions of the indexes in migration 0003, so they are used.
  return link.many
    ? `body -> '${link.field}' @> jsonb_build_array(${placeholder}::text)`
    : `body ->> '${link.field}' = ${placeholder}::text`;
}

/** Every record whose links name this record (a serious incident's rapid reviews, ...), oldest first. */
export async function recordsLinkingTo(db: Queryable, type: string, id: string): Promise<StoredRecord[]> {
  const params: unknown[] = [id];
  const conditions = RECORD_REGISTRY.flatMap((entry: RecordRegistryEntry) =>
    entry.links
      .filter((link) => link.to === type)
      .map((link) => `(type = $${params.push(entry.id)} and ${linkCondition(link, '$1')})`),
  );
  if (conditions.length === 0) return [];
  const { rows } = await db.query<RecordRow>(
    `select ${RECORD_COLUMNS} from records where ${conditions.join(' or ')} order by seq`,
    params,
  );
  return rows.map(fromRow);
}

export interface ListQuery {
  type: string;
  /** Areas the caller may see; `'all'` for roles that see every area. */
  areas: readonly string[] | 'all';
  /** Narrow to one area (still within `areas`). */
  area?: string;
  limit: number;
  /** The `seq` of the last record of the previous page. */
  after?: string;
  /** Only records whose link field names this id. */
  links?: readonly { field: string; many: boolean; id: string }[];
}

export async function listRecords(
  db: Queryable,
  query: ListQuery,
): Promise<{ records: StoredRecord[]; nextAfter?: string }> {
  const conditions = ['type = $1'];
  const params: unknown[] = [query.type];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (query.areas !== 'all') add((p) => `areas && ${p}::text[]`, query.areas);
  if (query.area !== undefined) add((p) => `${p}::text = any(areas)`, query.area);
  if (query.after !== undefined) add((p) => `seq > ${p}::bigint`, query.after);
  for (const link of query.links ?? []) add((p) => linkCondition(link, p), link.id);
  params.push(query.limit + 1);
  const { rows } = await db.query<RecordRow>(
    `select ${RECORD_COLUMNS} from records where ${conditions.join(' and ')} order by records.seq limit $${params.length}`,
    params,
  );
  const records = rows.slice(0, query.limit).map(fromRow);
  const last = records.at(-1);
  return rows.length > query.limit && last ? { records, nextAfter: last.seq } : { records };
}

/** Every record of the given types in the given areas, for the cross-case "what is due" listing. */
export async function allRecords(
  db: Queryable,
  types: readonly string[],
  areas: readonly string[] | 'all',
): Promise<StoredRecord[]> {
  const { rows } =
    areas === 'all'
      ? await db.query<RecordRow>(
          `select ${RECORD_COLUMNS} from records where type = any($1::text[]) order by records.seq`,
          [types],
        )
      : await db.query<RecordRow>(
          `select ${RECORD_COLUMNS} from records where type = any($1::text[]) and areas && $2::text[] order by records.seq`,
          [types, areas],
        );
  return rows.map(fromRow);
}
