import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';

export interface PgliteOptions {
  /** Data folder; omitted means in memory (tests). */
  dataDir?: string;
  /** A dumped data folder (`dumpDataDir`) to start from, which is much faster than a fresh initdb. */
  loadDataDir?: Blob;
}

/**
 * Embedded PostgreSQL (PGlite, WASM). One connection: PGlite runs one query at a time and holds an
 * exclusive lock for the length of a transaction, so transactions here are serial.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    // A commit must reach the filesystem before the query resolves, so an acknowledged write survives
    // the process being killed. (PGlite's default, stated here so nobody "optimises" it away.)
    relaxedDurability: false,
  });
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(text, params as unknown[]);
      return { rows: result.rows };
    },
    async exec(text: string) {
      await target.exec(text);
    },
    serialised: true,
  });
  return {
    ...wrap(pglite),
    kind: 'pglite',
    pglite,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    // One connection: a session is the database itself.
    session: (work) =>
      work({ ...wrap(pglite), transaction: (inner) => pglite.transaction((tx) => inner(wrap(tx))) }),
    // One process, one connection: nothing to lose, so never lost.
    async listen(channel, handlers) {
      const stop = await pglite.listen(channel, (payload) => handlers.notify(payload));
      return { close: () => stop() };
    },
    close: () => pglite.close(),
  };
}
