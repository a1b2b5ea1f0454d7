import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import {
  canonicalJson,
  createOnce,
  type KeyToStore,
  requestFingerprint,
  storeIdempotencyKey,
} from './idempotency.ts';
import { insertRecord, toRecordJson } from './record-repository.ts';

const now = new Date('2026-11-23T10:00:00.000Z');

describe('requestFingerprint', () => {
  it.each([
    ['key order does not matter', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }, true],
    ['a changed value does', { a: 1 }, { a: 2 }, false],
    ['array order does', { a: [1, 2] }, { a: [2, 1] }, false],
  ])('%s', (_case, one, two, same) => {
    expect(requestFingerprint('POST', '/x', one) === requestFingerprint('POST', '/x', two)).toBe(same);
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});

describe.each(testBackends())('createOnce on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'idempotency', () => {
    let db: Database;
    let tokenId: string;
    beforeAll(async () => {
      db = await backend.open();
      ({ tokenId } = await createToken(db, { role: 'partner', areas: ['E08000034'], now }));
    });
    afterAll(async () => {
      await db?.close();
    });

    const create =
      (body: Record<string, unknown>, failAfterInsert = false) =>
      (key: KeyToStore | undefined) =>
        db.transaction(async (tx) => {
          const record = await insertRecord(tx, { type: 'idem', area: 'E08000034', body, now });
          const response = { status: 201, body: toRecordJson(record), recordId: record.id };
          if (key) await storeIdempotencyKey(tx, key, response, now);
          if (failAfterInsert) throw new Error('boom after insert');
          return response;
        });
    const count = async () =>
      (await db.query<{ n: number }>(`select count(*)::int as n from records where type = 'idem'`)).rows[0]
        ?.n;

    it('replays the first answer for a retried key and never stores a second record', async () => {
      const fingerprint = requestFingerprint('POST', '/x', { a: 1 });
      const first = await createOnce(db, { tokenId, key: 'k-1', fingerprint, now }, create({ a: 1 }));
      const again = await createOnce(db, { tokenId, key: 'k-1', fingerprint, now }, create({ a: 1 }));
      expect(first.outcome).toBe('created');
      expect(again).toEqual({ ...first, outcome: 'replayed' });
      expect(await count()).toBe(1);
    });

    it('refuses the same key with a different body', async () => {
      await createOnce(db, { tokenId, key: 'k-2', fingerprint: 'one', now }, create({ a: 1 }));
      const reused = await createOnce(db, { tokenId, key: 'k-2', fingerprint: 'two', now }, create({ a: 2 }));
      expect(reused).toEqual({ outcome: 'key-reused', key: 'k-2' });
    });

    it('stores one record when the same key arrives several times at once', async () => {
      const before = await count();
      const fingerprint = requestFingerprint('POST', '/x', { a: 3 });
      const outcomes = await Promise.all(
        Array.from({ length: 4 }, () =>
          createOnce(db, { tokenId, key: 'k-3', fingerprint, now }, create({ a: 3 })),
        ),
      );
      expect(new Set(outcomes.map((o) => 'recordId' in o && o.recordId)).size).toBe(1);
      expect(outcomes.filter((o) => o.outcome === 'created')).toHaveLength(1);
      expect(await count()).toBe((before ?? 0) + 1);
    });

    it('keeps neither the record nor the key when the create fails', async () => {
      const before = await count();
      await expect(
        createOnce(db, { tokenId, key: 'k-4', fingerprint: 'f', now }, create({ a: 4 }, true)),
      ).rejects.toThrow('boom');
      expect(await count()).toBe(before);
      const retried = await createOnce(db, { tokenId, key: 'k-4', fingerprint: 'f', now }, create({ a: 4 }));
      expect(retried.outcome).toBe('created');
    });
  });
});
