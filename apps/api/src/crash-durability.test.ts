import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeriousIncident } from '@safeguarding/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { openPglite } from './db/pglite-database.ts';
import { migratedPgliteSnapshot, openFreshPostgres, testBackends } from './db/test-backends.ts';
import { type ChildServer, startChildServer } from './testing/child-server.ts';
import { seriousIncidentInput } from './testing/fixtures.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A write is acknowledged only once committed: kill -9 the server while it is writing, start it
 * again, and every acknowledged record must be there, whole and valid; a client retrying what got
 * no answer (with its Idempotency-Key) gets exactly one record, and one retrying while the server is
 * down gets through once it is back. On an embedded PGlite folder and on PostgreSQL.
 */
describe.each(testBackends())('crash durability on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'kill -9 under load', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sg-crash-'));
    const servers: ChildServer[] = [];
    let postgres: (Database & { connectionString: string }) | undefined;
    afterAll(async () => {
      for (const server of servers) {
        if (server.process.exitCode === null && server.process.signalCode === null) {
          server.process.kill('SIGTERM');
          await server.exited;
        }
      }
      await postgres?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps every acknowledged write across kill -9, half-written ones nowhere, and lets clients retry', async () => {
      // PGlite: the folder is seeded from a migrated snapshot (an initdb takes seconds).
      let seed: Database;
      if (backend.name === 'postgres') {
        if (!process.env.TEST_DATABASE_URL)
          throw new Error('CI must test against PostgreSQL, but TEST_DATABASE_URL is not set.');
        postgres = await openFreshPostgres(process.env.TEST_DATABASE_URL);
        seed = postgres;
      } else {
        mkdirSync(join(dataDir, 'pglite'), { recursive: true });
        seed = await openPglite({
          dataDir: join(dataDir, 'pglite'),
          loadDataDir: await migratedPgliteSnapshot(),
        });
      }
      const { token: writer } = await createToken(seed, {
        role: 'partner',
        areas: ['E08000034'],
        now: new Date(),
      });
      const { token: admin } = await createToken(seed, { role: 'admin', areas: [], now: new Date() });
      if (backend.name === 'pglite') await seed.close();
      const start = () =>
        startChildServer(dataDir, postgres ? { databaseUrl: postgres.connectionString } : {}).then(
          (server) => {
            servers.push(server);
            return server;
          },
        );
      const first = await start();

      const acknowledged = new Map<string, { key: string; body: ReturnType<typeof seriousIncidentInput> }>();
      const unacknowledged: { key: string; body: ReturnType<typeof seriousIncidentInput> }[] = [];
      let killed = false;
      const post = (url: string, key: string, body: unknown) =>
        fetch(`${url}/v1/serious-incidents`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${writer}`,
            'content-type': 'application/json',
            'idempotency-key': key,
          },
          body: JSON.stringify(body),
        });
      const worker = async () => {
        while (!killed) {
          const key = randomUUID();
          const body = { ...seriousIncidentInput(), caseOutline: `load ${key}` };
          try {
            const response = await post(first.url, key, body);
            if (response.status !== 201) throw new Error(`unexpected ${response.status}`);
            acknowledged.set(((await response.json()) as { id: string }).id, { key, body });
          } catch {
            unacknowledged.push({ key, body });
          }
        }
      };
      // Bounded load on loopback: eight writers until the kill.
      const workers = Array.from({ length: 8 }, worker);
      while (acknowledged.size < 150) await sleep(20);
      first.process.kill('SIGKILL');
      killed = true;
      expect(await first.exited).toBe('SIGKILL');
      await Promise.all(workers);

      // A client with a write to make while the server is down retries, with the same key, until it
      // is back: the way the SDK retries a POST that carries an Idempotency-Key.
      const patientKey = randomUUID();
      const patientBody = { ...seriousIncidentInput(), caseOutline: `patient ${patientKey}` };
      let second: ChildServer | undefined;
      const patient = (async () => {
        for (let attempt = 1; attempt <= 200; attempt++) {
          const url = second?.url ?? first.url;
          try {
            const response = await post(url, patientKey, patientBody);
            if (response.status === 201)
              return { attempt, id: ((await response.json()) as { id: string }).id };
            await sleep(Number(response.headers.get('retry-after') ?? '0.1') * 1000);
          } catch {
            await sleep(100);
          }
        }
        throw new Error('the server never came back');
      })();
      await sleep(300);
      second = await start();
      const retried = await patient;
      expect(retried.attempt).toBeGreaterThan(1);

      const get = async (path: string) => {
        const response = await fetch(`${second?.url}${path}`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        return { status: response.status, json: (await response.json()) as Record<string, unknown> };
      };
      for (const [id, sent] of acknowledged) {
        const read = await get(`/v1/serious-incidents/${id}`);
        expect(read.status).toBe(200);
        expect(read.json).toMatchObject({ ...sent.body, id, version: 1 });
      }

      const everything = async () => {
        const stored: Record<string, unknown>[] = [];
        let cursor: string | undefined;
        do {
          const page = await get(`/v1/serious-incidents?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
          stored.push(...(page.json.items as Record<string, unknown>[]));
          cursor = page.json.nextCursor as string | undefined;
        } while (cursor);
        return stored;
      };
      // Every stored record, acknowledged or not, is whole and valid.
      const stored = await everything();
      for (const record of stored) expect(SeriousIncident.safeParse(record).success).toBe(true);
      expect(stored.length).toBeGreaterThanOrEqual(acknowledged.size + 1);
      expect(stored.length).toBeLessThanOrEqual(acknowledged.size + unacknowledged.length + 1);

      // Writers were mid-request when the server died, so some writes got no answer. Retrying them
      // never duplicates one that had in fact been committed.
      expect(unacknowledged.length).toBeGreaterThan(0);
      for (const { key, body } of unacknowledged)
        expect((await post(second.url, key, body)).status).toBe(201);
      const after = await everything();
      expect(after.length).toBe(acknowledged.size + unacknowledged.length + 1);
      expect(after.filter((record) => record.caseOutline === `patient ${patientKey}`)).toHaveLength(1);

      const verdict = await get('/v1/audit-events/verify');
      expect(verdict.json).toMatchObject({ valid: true, problems: [] });
    }, 120_000);
  });
});
