import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from './auth/tokens.ts';
import { migrate } from './db/migrate.ts';
import { openPostgres } from './db/pg-database.ts';
import { type ChildServer, startChildServer } from './testing/child-server.ts';
import { seriousIncidentInput } from './testing/fixtures.ts';
import { createOwnCluster, type OwnCluster, ownClusterSkipReason } from './testing/own-postgres-cluster.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL restarted while the API is writing: the process stays up, answers 503 with Retry-After
 * while the database is away, is ready again on its own, and every write it acknowledged is there.
 * On a cluster of the test's own, never the shared one; loopback only; bounded in time.
 */
const skip = ownClusterSkipReason();

describe('the API while PostgreSQL restarts under write load', () => {
  (skip ? describe.skip : describe)(skip ?? 'on a cluster of its own', () => {
    let cluster: OwnCluster | undefined;
    let server: ChildServer | undefined;
    afterAll(async () => {
      if (server && server.process.exitCode === null && server.process.signalCode === null) {
        server.process.kill('SIGTERM');
        await server.exited;
      }
      await cluster?.drop();
    });

    it('stays up, says 503 with Retry-After, recovers by itself and keeps every acknowledged write', async () => {
      cluster = await createOwnCluster();
      const setup = openPostgres(cluster.url, { max: 1 });
      await migrate(setup);
      const { token } = await createToken(setup, { role: 'partner', areas: ['E08000034'], now: new Date() });
      const { token: auditor } = await createToken(setup, { role: 'auditor', areas: [], now: new Date() });
      await setup.close();
      server = await startChildServer(mkdtempSync(join(tmpdir(), 'sg-restart-')), {
        databaseUrl: cluster.url,
      });
      const { url } = server;

      const acknowledged = new Map<string, string>();
      const unavailable: { retryAfter: string | null; type: string }[] = [];
      const otherAnswers: string[] = [];
      let writing = true;
      const worker = async () => {
        while (writing) {
          const key = randomUUID();
          const response = await fetch(`${url}/v1/serious-incidents`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify({ ...seriousIncidentInput(), caseOutline: `restart ${key}` }),
          });
          const body = (await response.json()) as { id?: string; type?: string };
          if (response.status === 201 && body.id) acknowledged.set(body.id, key);
          else if (response.status === 503) {
            unavailable.push({ retryAfter: response.headers.get('retry-after'), type: body.type ?? '' });
            await sleep(50);
          } else otherAnswers.push(`${response.status} ${body.type}`);
        }
      };
      const ready = async () => (await fetch(`${url}/readyz`)).status;
      const workers = Array.from({ length: 6 }, worker);
      try {
        while (acknowledged.size < 100) await sleep(20);
        await cluster.stop();
        const stoppedAt = acknowledged.size;
        // While it is away: 503s, and not ready.
        const deadline = Date.now() + 10_000;
        while (unavailable.length < 5 && Date.now() < deadline) await sleep(20);
        expect(await ready()).toBe(503);
        await cluster.start();
        const restarted = Date.now();
        while ((await ready()) !== 200 && Date.now() - restarted < 20_000) await sleep(100);
        expect(await ready()).toBe(200);
        while (acknowledged.size < stoppedAt + 50 && Date.now() - restarted < 30_000) await sleep(20);
      } finally {
        writing = false;
        await Promise.all(workers);
      }

      expect(server.process.exitCode).toBeNull();
      expect(server.process.signalCode).toBeNull();
      expect(unavailable.length).toBeGreaterThan(0);
      for (const answer of unavailable)
        expect(answer).toEqual({ retryAfter: '2', type: '/problems/database-unavailable' });
      expect(otherAnswers).toEqual([]);

      // Every acknowledged write is in the database, whole.
      const check = openPostgres(cluster.url, { max: 1 });
      try {
        const { rows } = await check.query<{ id: string; outline: string }>(
          `select id, body ->> 'caseOutline' as outline from records where id = any($1::uuid[])`,
          [[...acknowledged.keys()]],
        );
        expect(rows.length).toBe(acknowledged.size);
        for (const row of rows) expect(row.outline).toBe(`restart ${acknowledged.get(row.id)}`);
      } finally {
        await check.close();
      }
      // The sealer and the audit trail carried on too: the log verifies.
      const verdict = await fetch(`${url}/v1/audit-events/verify`, {
        headers: { authorization: `Bearer ${auditor}` },
      });
      expect(await verdict.json()).toMatchObject({ valid: true, problems: [] });
    }, 120_000);
  });
});
