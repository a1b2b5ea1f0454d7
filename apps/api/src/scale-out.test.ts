import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { type AuditLog, openAuditLog } from './audit/audit-log.ts';
import { hearRevocations } from './auth/revocation-listener.ts';
import { createCallerCache, createToken, revokeToken } from './auth/tokens.ts';
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
    /** The signing key and witness every replica of this database is given. */
    const auditDir = mkdtempSync(join(tmpdir(), 'sg-replicas-'));
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

    it('keeps one audit log and no lost update across replicas writing at once', async () => {
      const { token } = await createToken(primary, { role: 'partner', areas: ['E08000034'], now: TEST_NOW });
      const { token: auditor } = await createToken(primary, { role: 'auditor', areas: [], now: TEST_NOW });
      // Every replica is given the same signing key and witness file.
      const dir = auditDir;
      const audits: AuditLog[] = await Promise.all(
        [primary, second].map((db) =>
          openAuditLog(db, {
            keyPath: join(dir, 'audit-signing-key.pem'),
            createKey: true,
            witnessPath: join(dir, 'audit-witness.jsonl'),
            clock: () => TEST_NOW,
          }),
        ),
      );
      const replicas = [primary, second].map((db, i) =>
        createApp({ db, engine: defaultEngine, clock: () => TEST_NOW, audit: audits[i] as AuditLog }),
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
      // Both replicas seal at once: one at a time holds the sealer's lock, and the log stays one tree.
      await Promise.all(audits.map((audit) => audit.sealNow()));
      for (const replica of replicas) {
        const reply = await replica.request('/v1/audit-events/verify', {
          headers: { authorization: `Bearer ${auditor}` },
        });
        const verdict = (await reply.json()) as { valid: boolean; events: number; problems: unknown[] };
        expect(verdict.problems).toEqual([]);
        expect(verdict).toMatchObject({ valid: true });
        // The 30 creates and 2 update attempts at least, each sealed once.
        expect(verdict.events).toBeGreaterThanOrEqual(32);
      }
      const { rows } = await primary.query<{ action: string; outcome: string; n: number }>(
        `select e.action, e.outcome, count(*)::int as n from audit_events e join audit_leaves l on l.seq = e.seq
         where e.action in ('create', 'update') group by 1, 2 order by 1, 2`,
      );
      expect(rows).toEqual([
        { action: 'create', outcome: 'ok', n: 30 },
        { action: 'update', outcome: 'ok', n: 1 },
        { action: 'update', outcome: 'stale', n: 1 },
      ]);
      await Promise.all(audits.map((audit) => audit.close()));
    });

    it('stops a revoked token on every replica within a second', async () => {
      const { token, tokenId } = await createToken(primary, { role: 'admin', areas: [], now: TEST_NOW });
      const dir = auditDir;
      const replicas = await Promise.all(
        [primary, second].map(async (db) => {
          const audit = await openAuditLog(db, {
            keyPath: join(dir, 'audit-signing-key.pem'),
            createKey: true,
            witnessPath: join(dir, 'audit-witness.jsonl'),
            clock: () => TEST_NOW,
          });
          // A long time to live: only the announcement can make a replica forget the token.
          const callers = createCallerCache(db, { ttlMs: 3_600_000, now: () => Date.now() });
          const listening = await hearRevocations(db, callers);
          return {
            app: createApp({ db, engine: defaultEngine, clock: () => TEST_NOW, audit, callers }),
            audit,
            listening,
          };
        }),
      );
      const status = async (replica: (typeof replicas)[number]) =>
        (await replica.app.request('/v1/duties', { headers: { authorization: `Bearer ${token}` } })).status;
      try {
        for (const replica of replicas) expect(await status(replica)).toBe(200);
        // Revoked from somewhere else entirely, as `safeguarding-api token revoke` does.
        const elsewhere = openPostgres(primary.connectionString, { max: 1 });
        const revokedAt = Date.now();
        await revokeToken(elsewhere, tokenId, new Date());
        await elsewhere.close();
        const stoppedAfter = await Promise.all(
          replicas.map(async (replica) => {
            while ((await status(replica)) !== 401) {
              if (Date.now() - revokedAt > 5000) return Number.POSITIVE_INFINITY;
              await new Promise((resolve) => setTimeout(resolve, 10));
            }
            return Date.now() - revokedAt;
          }),
        );
        for (const ms of stoppedAfter) expect(ms).toBeLessThan(1000);
      } finally {
        for (const replica of replicas) {
          await replica.listening.close();
          await replica.audit.close();
        }
      }
    });
  });
});
