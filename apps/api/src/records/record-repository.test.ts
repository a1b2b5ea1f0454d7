import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import { findRecord, insertRecord, listRecords, replaceRecord, toRecordJson } from './record-repository.ts';

const now = new Date('2026-11-23T10:00:00.000Z');
const later = new Date('2026-11-23T11:00:00.000Z');

describe.each(testBackends())('record repository on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'records', () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('stores a body and reads it back with version 1 and timestamps', async () => {
      const body = { area: 'E08000034', note: "Robert'); drop table records;--" };
      const created = await insertRecord(db, { type: 'probe', area: 'E08000034', body, now });
      const found = await findRecord(db, 'probe', created.id);
      expect(found && toRecordJson(found)).toEqual({
        ...body,
        id: created.id,
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
    });

    it.each([
      ['an unknown id', '00000000-0000-4000-8000-000000000000', 'probe'],
      ['an id that is not a UUID', "1' or '1'='1", 'probe'],
      ['the wrong record type', undefined, 'other-type'],
    ])('finds nothing for %s', async (_case, id, type) => {
      const created = await insertRecord(db, { type: 'probe', area: 'E08000034', body: {}, now });
      expect(await findRecord(db, type, id ?? created.id)).toBeUndefined();
    });

    it('replaces only from the current version', async () => {
      const created = await insertRecord(db, { type: 'probe', area: 'E08000034', body: { n: 1 }, now });
      const change = { type: 'probe', id: created.id, area: 'E08000034', body: { n: 2 }, now: later };
      const first = await replaceRecord(db, { ...change, expectedVersion: 1 });
      expect(first.outcome === 'replaced' && toRecordJson(first.record)).toMatchObject({
        n: 2,
        version: 2,
        updatedAt: later.toISOString(),
        createdAt: now.toISOString(),
      });
      expect(await replaceRecord(db, { ...change, expectedVersion: 1 })).toEqual({
        outcome: 'stale',
        currentVersion: 2,
      });
      expect(
        await replaceRecord(db, {
          ...change,
          id: '00000000-0000-4000-8000-000000000000',
          expectedVersion: 1,
        }),
      ).toEqual({ outcome: 'missing' });
    });

    it('lets exactly one of two concurrent updates from the same version win', async () => {
      const created = await insertRecord(db, { type: 'probe', area: 'E08000034', body: { n: 0 }, now });
      const outcomes = await Promise.all(
        [1, 2].map((n) =>
          db.transaction((tx) =>
            replaceRecord(tx, {
              type: 'probe',
              id: created.id,
              area: 'E08000034',
              body: { n },
              now,
              expectedVersion: 1,
            }),
          ),
        ),
      );
      expect(outcomes.map((o) => o.outcome).sort()).toEqual(['replaced', 'stale']);
      expect((await findRecord(db, 'probe', created.id))?.version).toBe(2);
    });

    it('pages through a filtered list without gaps or repeats', async () => {
      const ids: string[] = [];
      // Twelve records, so the sequence reaches two digits and text ordering would show.
      for (let i = 0; i < 6; i++) {
        const made = await insertRecord(db, { type: 'paged', area: 'E09000001', body: { i }, now });
        ids.push(made.id);
        await insertRecord(db, { type: 'paged', area: 'E06000001', body: { i }, now });
      }
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await listRecords(db, {
          type: 'paged',
          areas: ['E09000001', 'E06000001'],
          area: 'E09000001',
          limit: 2,
          ...(after ? { after } : {}),
        });
        seen.push(...page.records.map((r) => r.id));
        after = page.nextAfter;
      } while (after);
      expect(seen).toEqual(ids);
    });

    it('never lists records outside the caller’s areas', async () => {
      await insertRecord(db, { type: 'fenced', area: 'E09000002', body: {}, now });
      const mine = await insertRecord(db, { type: 'fenced', area: 'E09000003', body: {}, now });
      const page = await listRecords(db, { type: 'fenced', areas: ['E09000003'], limit: 10 });
      expect(page.records.map((r) => r.id)).toEqual([mine.id]);
      const asked = await listRecords(db, {
        type: 'fenced',
        areas: ['E09000003'],
        area: 'E09000002',
        limit: 10,
      });
      expect(asked.records).toEqual([]);
    });
  });
});
