import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

/** Any constant works; it only has to be the same for every replica of this API. */
const MIGRATION_LOCK_KEY = 7_261_843_001;

export interface Migration {
  version: string;
  sql: string;
}

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(
    files.map(async (name) => ({
      version: name.replace(/\.sql$/, ''),
      sql: await readFile(new URL(name, dir), 'utf8'),
    })),
  );
}

/**
 * Applies the migrations not yet recorded, all in one transaction. The transaction-scoped advisory
 * lock makes replicas that start together take turns: the second sees the first one's work recorded.
 * Returns the versions it applied.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const pending = migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(
      'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
    );
    const { rows } = await tx.query<{ version: string }>('select version from schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const done: string[] = [];
    for (const migration of pending) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version) values ($1)', [migration.version]);
      done.push(migration.version);
    }
    return done;
  });
}
