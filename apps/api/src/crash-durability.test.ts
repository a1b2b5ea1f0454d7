import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeriousIncident } from '@safeguarding/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from './auth/tokens.ts';
import { openPglite } from './db/pglite-database.ts';
import { migratedPgliteSnapshot } from './db/test-backends.ts';
import { type ChildServer, createTokenWithCli, startChildServer } from './testing/child-server.ts';
import { seriousIncidentInput } from './testing/fixtures.ts';

/**
 * A write is acknowledged only once committed: kill -9 the server while it is writing, start it
 * again on the same data folder, and every acknowledged record must be there, whole and valid.
 */
describe('crash durability on an embedded PGlite data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sg-crash-'));
  const servers: ChildServer[] = [];
  afterAll(async () => {
    for (const server of servers) {
      if (server.process.exitCode === null && server.process.signalCode === null) {
        server.process.kill('SIGTERM');
        await server.exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write across kill -9, half-written ones nowhere', async () => {
    // Seed the folder from a migrated snapshot (an initdb takes seconds); one token through the CLI.
    const seed = await openPglite({
      dataDir: join(dataDir, 'pglite'),
      loadDataDir: await migratedPgliteSnapshot(),
    });
    const { token: writer } = await createToken(seed, {
      role: 'partner',
      areas: ['E08000034'],
      now: new Date(),
    });
    await seed.close();
    const admin = await createTokenWithCli(dataDir, 'admin');
    const first = await startChildServer(dataDir);
    servers.push(first);

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
    while (acknowledged.size < 150) await new Promise((resolve) => setTimeout(resolve, 20));
    first.process.kill('SIGKILL');
    killed = true;
    expect(await first.exited).toBe('SIGKILL');
    await Promise.all(workers);

    const second = await startChildServer(dataDir);
    servers.push(second);
    const get = async (path: string) => {
      const response = await fetch(`${second.url}${path}`, { headers: { authorization: `Bearer ${admin}` } });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };

    for (const [id, sent] of acknowledged) {
      const read = await get(`/v1/serious-incidents/${id}`);
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({ ...sent.body, id, version: 1 });
    }

    // Every stored record, acknowledged or not, is whole and valid.
    const stored: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = await get(`/v1/serious-incidents?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      stored.push(...(page.json.items as Record<string, unknown>[]));
      cursor = page.json.nextCursor as string | undefined;
    } while (cursor);
    for (const record of stored) expect(SeriousIncident.safeParse(record).success).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.size);
    expect(stored.length).toBeLessThanOrEqual(acknowledged.size + unacknowledged.length);

    // Writers were mid-request when the server died, so some writes got no answer.
    expect(unacknowledged.length).toBeGreaterThan(0);
    // Retrying the writes that got no answer never duplicates one that had in fact been committed.
    for (const { key, body } of unacknowledged) {
      const retried = await post(second.url, key, body);
      expect(retried.status).toBe(201);
    }
    let total = 0;
    cursor = undefined;
    do {
      const page = await get(`/v1/serious-incidents?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      total += (page.json.items as unknown[]).length;
      cursor = page.json.nextCursor as string | undefined;
    } while (cursor);
    expect(total).toBe(acknowledged.size + unacknowledged.length);

    const verdict = await get('/v1/audit-events/verify');
    expect(verdict.json).toMatchObject({ valid: true });
  }, 120_000);
});
