import pg from 'pg';
import type { Database, Queryable } from './database.ts';

// Keep int8 (bigint) columns as strings is pg's default; counts are cast to int in SQL instead.

/** A PostgreSQL server through a connection pool: the production and scale-out backend. */
export function openPostgres(
  connectionString: string,
  options: { max?: number } = {},
): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query(text, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
    async exec(text: string) {
      await target.query(text);
    },
  });
  return {
    ...wrap(pool),
    kind: 'postgres',
    pool,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
