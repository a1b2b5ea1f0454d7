import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { testBackends } from './test-backends.ts';

describe('loadMigrations', () => {
  it('reads the versioned SQL files in order', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort());
    expect(migrations[0]?.version).toMatch(/^0001_/);
  });
});

describe.each(testBackends())('migrate on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'migrations', () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('records every migration and applies nothing twice', async () => {
      const all = await loadMigrations();
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ version: string }>(
        'select version from schema_migrations order by version',
      );
      expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
    });

    it('lets two starters race: one applies a new migration, the other sees it done', async () => {
      const extra = [{ version: '9999_race_probe', sql: 'create table race_probe (x int);' }];
      const results = await Promise.all([migrate(db, extra), migrate(db, extra)]);
      expect(results.flat()).toEqual(['9999_race_probe']);
    });

    it('rolls back a failing migration entirely', async () => {
      const broken = [
        { version: '9998_broken', sql: 'create table half_done (x int); select no_such_function();' },
      ];
      await expect(migrate(db, broken)).rejects.toThrow();
      const { rows } = await db.query(
        `select 1 from information_schema.tables where table_name = 'half_done'`,
      );
      expect(rows).toEqual([]);
    });
  });
});
