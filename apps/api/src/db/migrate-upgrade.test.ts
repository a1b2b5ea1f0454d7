import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestAuditLog } from '../testing/test-app.ts';
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

    it('gives records stored before 0002 their own area in areas, and seals events logged under the old chain', async () => {
      const all = await loadMigrations();
      const first = all.filter((m) => m.version.startsWith('0001_'));
      expect(await migrate(db, first)).toEqual(['0001_records_tokens_audit']);
      await db.query(
        `insert into records (id, type, area, version, body, created_at, updated_at)
         values ('00000000-0000-4000-8000-000000000001', 'serious-incident', 'E08000034', 1, '{}', now(), now())`,
      );
      // Two events logged under the hash chain of 0001.
      for (const seq of [1, 2]) {
        await db.query(
          `insert into audit_events (seq, at, token_id, action, record_type, record_id, outcome, prev_hash, hash)
           values ($1, '2026-11-20T10:00:00Z', 'token-1', 'read', 'serious-incident',
                   '00000000-0000-4000-8000-000000000001', 'ok', $2, $3)`,
          [seq, String(seq - 1).repeat(64), String(seq).repeat(64)],
        );
      }
      expect(await migrate(db)).toEqual(all.slice(1).map((m) => m.version));
      const { rows } = await db.query<{ areas: string[] }>('select areas from records');
      expect(rows).toEqual([{ areas: ['E08000034'] }]);

      // The chain's events stay where they were; new ones follow them; the first sealer seals them all.
      const audit = await openTestAuditLog(db);
      await db.transaction((tx) =>
        audit.trail.appendIn(tx, {
          at: '2026-11-23T10:00:00.000Z',
          tokenId: 'token-2',
          requestId: null,
          action: 'create',
          recordType: 'serious-incident',
          recordId: '00000000-0000-4000-8000-000000000002',
          recordIds: [],
          outcome: 'ok',
        }),
      );
      await audit.sealNow();
      const { rows: sealed } = await db.query<{ seq: string }>(
        'select seq::text as seq from audit_leaves order by leaf_index',
      );
      expect(sealed.map((row) => Number(row.seq))).toEqual([1, 2, 3]);
      await audit.close();
    });
  });
});
