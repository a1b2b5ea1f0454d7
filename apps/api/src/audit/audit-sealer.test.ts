import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openPostgres } from '../db/pg-database.ts';
import { testBackends } from '../db/test-backends.ts';
import type { NewAuditEvent } from './audit-event.ts';
import { createSealer } from './audit-sealer.ts';
import { createAuditTrail } from './audit-trail.ts';
import { loadSigningKey } from './signing-key.ts';
import { verifyAuditLog } from './verify-audit-log.ts';
import { readWitness } from './witness-file.ts';

const at = '2026-11-23T10:00:00.000Z';
const event = (n: number): NewAuditEvent => ({
  at,
  tokenId: 'token-1',
  requestId: `request-${n}`,
  action: 'read',
  recordType: 'serious-incident',
  recordId: '00000000-0000-4000-8000-000000000001',
  recordIds: [],
  outcome: 'ok',
});

function setUp(db: Database) {
  const dir = mkdtempSync(join(tmpdir(), 'sg-sealer-'));
  const { signer } = loadSigningKey(join(dir, 'key.pem'), { create: true });
  const witnessPath = join(dir, 'witness.jsonl');
  const sealer = createSealer(db, { signer, witnessPath, clock: () => new Date(at), barrierWaitMs: 100 });
  const trail = createAuditTrail(db);
  const verify = () => verifyAuditLog(db, { key: signer, witness: readWitness(witnessPath) });
  /**
   * A round, again until the barrier clears: transactions of other tests on the same server (xids
   * are shared by every database of a cluster) may be running when a round starts.
   */
  const settle = async () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const round = await sealer.sealOnce();
      if (round.outcome !== 'waiting') return round;
    }
    throw new Error('the barrier never cleared');
  };
  const sealed = async () =>
    (
      await db.query<{ seq: string }>('select seq::text as seq from audit_leaves order by leaf_index')
    ).rows.map((row) => Number(row.seq));
  return { sealer, settle, trail, verify, sealed, witnessPath };
}

describe.each(testBackends())('the audit sealer on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'sealing', () => {
    const open: Database[] = [];
    const fresh = async () => {
      const db = await backend.open();
      open.push(db);
      return db;
    };
    afterEach(async () => {
      for (const db of open.splice(0)) await db.close();
    });

    it('seals events in order, skips positions left by rollbacks, and signs checkpoints the witness holds too', async () => {
      const db = await fresh();
      const { settle, trail, verify, sealed, witnessPath } = setUp(db);
      expect(await settle()).toEqual({ outcome: 'nothing-new' });
      for (const n of [1, 2]) await db.transaction((tx) => trail.appendIn(tx, event(n)));
      await expect(
        db.transaction(async (tx) => {
          await trail.appendIn(tx, event(3));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      for (const n of [4, 5]) trail.record(event(n));
      await trail.flush();
      expect(await settle()).toEqual({ outcome: 'sealed', events: 4, treeSize: 4 });
      expect(await sealed()).toEqual([1, 2, 4, 5]);
      await db.transaction((tx) => trail.appendIn(tx, event(6)));
      expect(await settle()).toEqual({ outcome: 'sealed', events: 1, treeSize: 5 });
      const witness = readFileSync(witnessPath, 'utf8').trim().split('\n');
      expect(witness.map((line) => JSON.parse(line).treeSize)).toEqual([4, 5]);
      expect(await verify()).toMatchObject({ valid: true, events: 5, unsealed: 0, witnessedTreeSize: 5 });
    });

    it('seals on its own while running, under a steady stream of events', async () => {
      const db = await fresh();
      const { sealer, trail, sealed } = setUp(db);
      sealer.start();
      try {
        const started = Date.now();
        let written = 0;
        // Events keep arriving for a second and a half; the running sealer seals them all by itself
        // (how soon is measured by the benchmark, not here).
        while (Date.now() - started < 1500) {
          trail.record(event(written++));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        await trail.flush();
        const lastWritten = Date.now();
        while ((await sealed()).length < written && Date.now() - lastWritten < 20_000) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(await sealed()).toHaveLength(written);
      } finally {
        await sealer.stop();
      }
    });

    it('keeps the order of events recorded at once, each sealed exactly once', async () => {
      const db = await fresh();
      const { sealer, settle, trail, verify, sealed } = setUp(db);
      await Promise.all([
        ...Array.from({ length: 40 }, (_, n) => db.transaction((tx) => trail.appendIn(tx, event(n)))),
        ...Array.from({ length: 40 }, (_, n) => {
          trail.record(event(100 + n));
          return trail.flush();
        }),
        sealer.sealOnce(),
        sealer.sealOnce(),
      ]);
      await trail.flush();
      await settle();
      const seqs = await sealed();
      expect(seqs).toHaveLength(80);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(await verify()).toMatchObject({ valid: true, events: 80 });
    });
  });
});

const postgres = testBackends().find((backend) => backend.name === 'postgres');

describe('the audit sealer and transactions that commit out of order, on postgres', () => {
  const suite = postgres?.skipReason || !process.env.TEST_DATABASE_URL ? describe.skip : describe;
  suite(postgres?.skipReason ?? 'commit order', () => {
    it('never seals past a position a running transaction holds, and seals it in its place once it commits', async () => {
      const db = (await postgres?.open()) as Database & { connectionString: string };
      const other = openPostgres((db as { connectionString: string }).connectionString, { max: 2 });
      let finish: () => void = () => {};
      try {
        const { sealer, settle, trail, verify, sealed } = setUp(db);
        await db.transaction((tx) => trail.appendIn(tx, event(1)));
        // A transaction takes position 2 and keeps running; position 3 commits before it.
        const held = new Promise<void>((resolve) => {
          finish = resolve;
        });
        let holding: () => void = () => {};
        const took = new Promise<void>((resolve) => {
          holding = resolve;
        });
        const slow = other.transaction(async (tx) => {
          await trail.appendIn(tx, event(2));
          holding();
          await held;
        });
        await took;
        await db.transaction((tx) => trail.appendIn(tx, event(3)));
        // Each round waits for the running transaction, then gives up for now: position 3 is visible,
        // but sealing it would put it before position 2 or leave 2 out for ever.
        expect(await sealer.sealOnce()).toEqual({ outcome: 'waiting' });
        expect(await sealer.sealOnce()).toEqual({ outcome: 'waiting' });
        expect(await sealed()).toEqual([]);
        finish();
        await slow;
        await settle();
        expect(await sealed()).toEqual([1, 2, 3]);
        expect(await verify()).toMatchObject({ valid: true, events: 3 });
      } finally {
        finish();
        await other.close();
        await db.close();
      }
    });

    it('waits for the newest transaction too, when nothing after it has finished', async () => {
      const db = (await postgres?.open()) as Database & { connectionString: string };
      const other = openPostgres(db.connectionString, { max: 2 });
      let finish: () => void = () => {};
      try {
        const { sealer, settle, trail, sealed } = setUp(db);
        await db.transaction((tx) => trail.appendIn(tx, event(1)));
        // The newest transaction of all holds position 2: no snapshot lists it as running, as no
        // newer one has finished, so only a barrier id taken after it can wait for it.
        const held = new Promise<void>((resolve) => {
          finish = resolve;
        });
        let holding: () => void = () => {};
        const took = new Promise<void>((resolve) => {
          holding = resolve;
        });
        const slow = other.transaction(async (tx) => {
          await trail.appendIn(tx, event(2));
          holding();
          await held;
        });
        await took;
        expect(await sealer.sealOnce()).toEqual({ outcome: 'waiting' });
        expect(await sealed()).toEqual([]);
        finish();
        await slow;
        await settle();
        expect(await sealed()).toEqual([1, 2]);
      } finally {
        finish();
        await other.close();
        await db.close();
      }
    });
  });
});
