import { readdir, readFile } from 'node:fs/promises';
import type { Database, Queryable } from './database.ts';

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
 * When everything is applied already it changes nothing, so the API can start as a role that may
 * not change the schema (see grant_api_role in 0004). Returns the versions it applied.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const pending = migrations ?? (await loadMigrations());
  if (await allApplied(db, pending)) return [];
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
    if (done.length > 0) await regrantApiRoles(tx);
    return done;
  });
}

async function allApplied(db: Database, migrations: Migration[]): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(
    `select to_regclass('schema_migrations') is not null as present`,
  );
  if (!rows[0]?.present) return migrations.length === 0;
  const applied = await db.query<{ version: string }>('select version from schema_migrations');
  const versions = new Set(applied.rows.map((row) => row.version));
  return migrations.every((migration) => versions.has(migration.version));
}

/** Roles granted the API's privileges before keep exactly those privileges over the tables just added. */
async function regrantApiRoles(tx: Queryable): Promise<void> {
  const { rows } = await tx.query<{ present: boolean }>(
    `select to_regprocedure('grant_api_role(name)') is not null as present`,
  );
  if (!rows[0]?.present) return;
  await tx.query(
    `select grant_api_role(grantee::name) from (
       select distinct grantee from information_schema.table_privileges
       where table_schema = 'public' and table_name = 'audit_events' and privilege_type = 'INSERT'
         and grantee not in (current_user, 'PUBLIC')
     ) api_roles`,
  );
}

/** Gives a role exactly what the API needs, no more: run by the owner (`safeguarding-api migrate --api-role`). */
export async function grantApiRole(db: Queryable, role: string): Promise<void> {
  await db.query('select grant_api_role($1::name)', [role]);
}
