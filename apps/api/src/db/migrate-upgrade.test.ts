import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { openPglite } from './pglite-database.ts';
import { openFreshPostgres, testBackends } from './test-backends.ts';

/** A database made by an earlier release must upgrade in place, its records intact. */
describe.each(testBackends())('upgrading an existing database on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'from 0001', () => {
    let db: Database;
    beforeAll(async () => {
      if (backend.name === 'pglite') db = await openPglite();
      else if (process.env.TEST_DATABASE_URL)
        db = await openFreshPostgres(process.env.TEST_DATABASE_URL, { migrate: false });
      else throw new Error('CI must test against PostgreSQL, but TEST_DATABASE_URL is not set.');
    });
    afterAll(async () => {
      await db?.close();
    });

    it('gives records stored before 0002 their own area in areas', async () => {
      const all = await loadMigrations();
      const first = all.filter((m) => m.version.startsWith('0001_'));
      expect(await migrate(db, first)).toEqual(['0001_records_tokens_audit']);
      await db.query(
        `insert into records (id, type, area, version, body, created_at, updated_at)
         values ('00000000-0000-4000-8000-000000000001', 'serious-incident', 'E08000034', 1, '{}', now(), now())`,
      );
      expect(await migrate(db)).toEqual(all.slice(1).map((m) => m.version));
      const { rows } = await db.query<{ areas: string[] }>('select areas from records');
      expect(rows).toEqual([{ areas: ['E08000034'] }]);
    });
  });
});
