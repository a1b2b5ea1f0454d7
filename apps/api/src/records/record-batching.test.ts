import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.ts';
import type { Database, Queryable } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { createRecordInserter, type LoneRecordInsert } from './record-inserter.ts';
import { createRecordReader } from './record-reader.ts';
import { insertRecord } from './record-repository.ts';

/** Counts the statements run, so a test can see requests share them. */
function counting(db: Database): Database & { statements: () => number } {
  let statements = 0;
  return {
    ...db,
    query<Row>(text: string, params?: readonly unknown[]) {
      statements += 1;
      return db.query<Row>(text, params);
    },
    statements: () => statements,
  };
}

describe.each(testBackends())('reads and creates gathered into shared statements, on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'batching', () => {
    let db: Database;
    let tokenId: string;
    beforeAll(async () => {
      db = await backend.open();
      ({ tokenId } = await createToken(db, { role: 'partner', areas: ['E08000034'], now: new Date() }));
    });
    afterAll(async () => {
      await db?.close();
    });

    it('answers each read as its own query would, area filter and all, in one statement', async () => {
      const mine = await insertRecord(db, {
        type: 'serious-incident',
        area: 'E08000034',
        body: { n: 1 },
        now: new Date(),
      });
      const theirs = await insertRecord(db, {
        type: 'serious-incident',
        area: 'E09000033',
        body: { n: 2 },
        now: new Date(),
      });
      const spy = counting(db);
      const read = createRecordReader(spy);
      const home = ['E08000034'];
      const answers = await Promise.all([
        read({ type: 'serious-incident', id: mine.id, areas: home }),
        read({ type: 'serious-incident', id: theirs.id, areas: home }),
        read({ type: 'serious-incident', id: theirs.id, areas: undefined }),
        read({ type: 'rapid-review', id: mine.id, areas: undefined }),
        read({ type: 'serious-incident', id: randomUUID(), areas: undefined }),
        read({ type: 'serious-incident', id: "x' or 1=1 --", areas: undefined }),
      ]);
      expect(answers.map((record) => record?.id)).toEqual([
        mine.id,
        undefined,
        theirs.id,
        undefined,
        undefined,
        undefined,
      ]);
      expect(spy.statements()).toBe(1);
    });

    const insert = (key?: string): LoneRecordInsert => {
      const id = randomUUID();
      const now = new Date();
      const body = seriousIncidentInput();
      return {
        record: { id, type: 'serious-incident', area: 'E08000034', areas: ['E08000034'], body },
        now,
        event: {
          at: now.toISOString(),
          tokenId,
          requestId: id,
          action: 'create',
          recordType: 'serious-incident',
          recordId: id,
          recordIds: [],
          outcome: 'ok',
        },
        due: { rows: [], refresh: [] },
        ...(key
          ? {
              idempotency: {
                key: { tokenId, key, fingerprint: 'f' },
                response: { status: 201, body, recordId: id },
              },
            }
          : {}),
      };
    };
    const stored = async (q: Queryable, ids: string[]) =>
      (await q.query<{ id: string }>('select id from records where id = any($1::uuid[])', [ids])).rows.map(
        (row) => row.id,
      );

    it('writes creates that arrive together in one statement, each with its audit event, in order', async () => {
      const spy = counting(db);
      const inserts = Array.from({ length: 5 }, (_, n) => insert(`batch-${n}`));
      const write = createRecordInserter(spy);
      await Promise.all(inserts.map(write));
      expect(spy.statements()).toBe(1);
      const ids = inserts.map((entry) => entry.record.id);
      expect((await stored(db, ids)).sort()).toEqual([...ids].sort());
      const { rows } = await db.query<{ record_id: string }>(
        'select record_id from audit_events where record_id = any($1::uuid[]) order by seq',
        [ids],
      );
      expect(rows.map((row) => row.record_id)).toEqual(ids);
    });

    it('lets a create whose key is taken fail alone, and writes the rest of its batch', async () => {
      await createRecordInserter(db)(insert('taken'));
      const write = createRecordInserter(db);
      const inserts = [insert('fresh-1'), insert('taken'), insert('fresh-2')];
      const outcomes = await Promise.allSettled(inserts.map(write));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(
        (
          await stored(
            db,
            inserts.map((entry) => entry.record.id),
          )
        ).length,
      ).toBe(2);
    });
  });
});
