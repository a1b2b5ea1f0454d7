import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createToken } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { loadMigrations, migrate } from './db/migrate.ts';
import { openPostgres } from './db/pg-database.ts';
import { openFreshPostgres, testBackends } from './db/test-backends.ts';
import { defaultEngine } from './engine/default-engine.ts';
import { seriousIncidentInput } from './testing/fixtures.ts';
import { TEST_NOW } from './testing/test-app.ts';

/** Stateless replicas in front of one PostgreSQL: each replica here is an app with its own pool. */
const postgres = testBackends().filter((backend) => backend.name === 'postgres');

describe.each(postgres)('two API replicas on one $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'scale-out', () => {
    let primary: Database & { connectionString: string };
    let second: Database;
    beforeAll(async () => {
      if (!process.env.TEST_DATABASE_URL)
        throw new Error('CI must test against PostgreSQL, but TEST_DATABASE_URL is not set.');
      primary = await openFreshPostgres(process.env.TEST_DATABASE_URL, { migrate: false });
      second = openPostgres(primary.connectionString, { max: 8 });
    });
    afterAll(async () => {
      await second?.close();
      await primary?.close();
    });

    it('lets both replicas start at once: the migrations are applied exactly once', async () => {
      const all = await loadMigrations();
      const applied = await Promise.all([migrate(primary), migrate(second)]);
      // One replica applied every migration while the other waited on the lock, then found them done.
      expect(applied.map((versions) => versions.length).sort()).toEqual([0, all.length]);
      const { rows } = await primary.query<{ n: number }>('select count(*)::int as n from schema_migrations');
      expect(rows[0]?.n).toBe(all.length);
    });

    it('keeps one audit chain and no lost update across replicas writing at once', async () => {
      const { token } = await createToken(primary, { role: 'partner', areas: ['E08000034'], now: TEST_NOW });
      const { token: auditor } = await createToken(primary, { role: 'auditor', areas: [], now: TEST_NOW });
      const replicas = [primary, second].map((db) =>
        createApp({ db, engine: defaultEngine, clock: () => TEST_NOW }),
      );
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const created = await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const replica = replicas[i % 2];
          if (!replica) throw new Error('no replica');
          const response = await replica.request('/v1/serious-incidents', {
            method: 'POST',
            headers,
            body: JSON.stringify(seriousIncidentInput()),
          });
          expect(response.status).toBe(201);
          return ((await response.json()) as { id: string }).id;
        }),
      );
      const path = `/v1/serious-incidents/${created[0]}`;
      const updates = await Promise.all(
        replicas.map((replica, i) =>
          replica.request(path, {
            method: 'PUT',
            headers: { ...headers, 'if-match': '"1"' },
            body: JSON.stringify({ ...seriousIncidentInput(), panelNotified: `2026-11-0${i + 3}` }),
          }),
        ),
      );
      expect(updates.map((r) => r.status).sort()).toEqual([200, 412]);
      const verdict = await replicas[1]?.request('/v1/audit-events/verify', {
        headers: { authorization: `Bearer ${auditor}` },
      });
      expect(await verdict?.json()).toEqual({ valid: true, events: 32 });
    });
  });
});
