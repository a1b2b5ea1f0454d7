import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../db/test-backends.ts';
import { deleteExpiredKeys, IDEMPOTENCY_KEY_LIFETIME_MS } from '../../records/idempotency.ts';
import { seriousIncidentInput } from '../../testing/fixtures.ts';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.ts';

describe.each(testBackends())('idempotency keys expire, on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'after a day', () => {
    let t: TestApp;
    let now = TEST_NOW;
    beforeAll(async () => {
      t = await startTestApp(backend, { clock: () => now });
    });
    afterAll(async () => {
      await t?.close();
    });

    const post = () =>
      t.call('POST', '/v1/serious-incidents', {
        body: seriousIncidentInput(),
        headers: { 'idempotency-key': 'daily-key' },
      });
    const storedKeys = async () =>
      (
        await t.db.query<{ n: number }>(
          `select count(*)::int as n from idempotency_keys where key = 'daily-key'`,
        )
      ).rows[0]?.n;

    it('replays within a day, makes a new record after, and deletes the key with its stored answer', async () => {
      const first = await post();
      now = new Date(TEST_NOW.getTime() + IDEMPOTENCY_KEY_LIFETIME_MS - 1);
      const retried = await post();
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(retried.json.id).toBe(first.json.id);

      now = new Date(TEST_NOW.getTime() + IDEMPOTENCY_KEY_LIFETIME_MS);
      const fresh = await post();
      expect(fresh.status).toBe(201);
      expect(fresh.headers.get('idempotent-replayed')).toBeNull();
      expect(fresh.json.id).not.toBe(first.json.id);
      expect(await storedKeys()).toBe(1);

      // A day after the second, housekeeping deletes it and the response stored with it.
      expect(await deleteExpiredKeys(t.db, new Date(now.getTime() + IDEMPOTENCY_KEY_LIFETIME_MS))).toBe(1);
      expect(await storedKeys()).toBe(0);
      const { rows } = await t.db.query(
        `select 1 from idempotency_keys where response::text like '%${fresh.json.id}%'`,
      );
      expect(rows).toEqual([]);
    });
  });
});
