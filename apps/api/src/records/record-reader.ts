import type { Queryable } from '../db/database.ts';
import {
  fromRow,
  isRecordId,
  type RecordRow,
  recordColumnsOf,
  type StoredRecord,
} from './record-repository.ts';

export interface VisibleRead {
  type: string;
  id: string;
  /** The caller's areas; undefined for every area. */
  areas: readonly string[] | undefined;
}

/**
 * Reads records the caller may see, the way findVisibleRecord does (type, id and area in the
 * query), but gathers the reads that arrive together into one query: under load, many requests
 * share one round trip to the database instead of taking turns for the pool's connections.
 */
export function createRecordReader(db: Queryable, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 200;
  type Pending = VisibleRead & {
    resolve(record: StoredRecord | undefined): void;
    reject(error: unknown): void;
  };
  let queue: Pending[] = [];
  let scheduled = false;

  async function flush(): Promise<void> {
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    scheduled = queue.length > 0;
    if (scheduled) setImmediate(flush);
    try {
      const { rows } = await db.query<RecordRow & { n: number }>(
        `select q.n, ${recordColumnsOf('r')}
         from jsonb_to_recordset($1::jsonb) as q(n int, id uuid, type text, areas text[])
         join records r on r.id = q.id and r.type = q.type and (q.areas is null or r.areas && q.areas)`,
        [
          JSON.stringify(
            batch.map((read, n) => ({ n, id: read.id, type: read.type, areas: read.areas ?? null })),
          ),
        ],
      );
      const found = new Map(rows.map((row) => [row.n, fromRow(row)]));
      for (const [n, read] of batch.entries()) read.resolve(found.get(n));
    } catch (error) {
      for (const read of batch) read.reject(error);
    }
  }

  return (read: VisibleRead): Promise<StoredRecord | undefined> => {
    // An id that cannot be one of ours names nothing: no query at all.
    if (!isRecordId(read.id)) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      queue.push({ ...read, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}

export type RecordReader = ReturnType<typeof createRecordReader>;
