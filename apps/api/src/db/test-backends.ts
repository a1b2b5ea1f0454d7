import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from './database.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { openPostgres } from './pg-database.ts';
import { openPglite } from './pglite-database.ts';

/**
 * The storage backends every storage and API test runs against. PostgreSQL comes from
 * TEST_DATABASE_URL; each `open()` makes a fresh database so test files running at once never collide.
 * In CI a missing TEST_DATABASE_URL fails the PostgreSQL tests; elsewhere they are skipped with the reason.
 */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** Set when the backend cannot run here; the suite is skipped and this says why. */
  skipReason?: string;
  /** A migrated, empty database of its own. */
  open(): Promise<Database>;
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const url = env.TEST_DATABASE_URL;
  const postgres: TestBackend = url
    ? { name: 'postgres', open: () => openFreshPostgres(url) }
    : env.CI
      ? {
          name: 'postgres',
          open: () =>
            Promise.reject(new Error('CI must test against PostgreSQL, but TEST_DATABASE_URL is not set.')),
        }
      : {
          name: 'postgres',
          skipReason:
            'TEST_DATABASE_URL is not set (set it to a PostgreSQL superuser URL to run these tests)',
          open: () => Promise.reject(new Error('skipped')),
        };
  return [{ name: 'pglite', open: openFreshPglite }, postgres];
}

/**
 * A new, empty database on the server (migrated unless told not to), dropped again on close. The
 * returned `connectionString` lets a test open more pools on it, as further API replicas would.
 */
export async function openFreshPostgres(
  adminUrl: string,
  options: { migrate?: boolean } = {},
): Promise<Database & { connectionString: string }> {
  const name = `sg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const db = openPostgres(connectionString, { max: 8 });
  if (options.migrate !== false) await migrate(db);
  return {
    ...db,
    connectionString,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

async function openFreshPglite(): Promise<Database> {
  return openPglite({ loadDataDir: await migratedPgliteSnapshot() });
}

/**
 * A dumped, already-migrated PGlite data folder. A fresh initdb costs seconds; loading this costs a
 * fraction of that. The dump is shared between test files through the temp folder, keyed by the
 * migrations' content so a changed migration never loads a stale snapshot.
 */
export async function migratedPgliteSnapshot(): Promise<Blob> {
  const migrations = await loadMigrations();
  const key = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'safeguarding-api-test');
  const snapshot = join(dir, `pglite-${key}.tar`);
  const existing = await readFile(snapshot).catch(() => undefined);
  if (existing) return new Blob([existing]);
  const db = await openPglite();
  await migrate(db, migrations);
  const dump = await db.pglite.dumpDataDir('none');
  await db.close();
  await mkdir(dir, { recursive: true });
  const partial = `${snapshot}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, snapshot);
  return dump;
}
