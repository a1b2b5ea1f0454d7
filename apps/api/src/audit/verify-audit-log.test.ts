import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import {
  AUDIT_EVENT_COLUMNS,
  type AuditEventRow,
  auditEventFromRow,
  auditLeafHash,
  type NewAuditEvent,
} from './audit-event.ts';
import { createSealer } from './audit-sealer.ts';
import { createAuditTrail } from './audit-trail.ts';
import { loadSigningKey } from './signing-key.ts';
import { verifyAuditLog } from './verify-audit-log.ts';
import { readWitness } from './witness-file.ts';

const event = (n: number): NewAuditEvent => ({
  at: `2026-11-23T10:00:0${n}.000Z`,
  tokenId: `token-${n}`,
  requestId: `request-${n}`,
  action: 'read',
  recordType: 'serious-incident',
  recordId: '00000000-0000-4000-8000-000000000001',
  recordIds: [],
  outcome: 'ok',
});

/** Runs tampering as an owner with the append-only triggers switched off, as an intruder would. */
async function tamper(db: Database, statements: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of ['audit_events', 'audit_leaves', 'audit_checkpoints'])
      await tx.exec(`alter table ${table} disable trigger user`);
    for (const statement of statements) await tx.exec(statement);
    for (const table of ['audit_events', 'audit_leaves', 'audit_checkpoints'])
      await tx.exec(`alter table ${table} enable trigger user`);
  });
}

async function leafHashOf(q: Queryable, seq: number): Promise<string> {
  const { rows } = await q.query<AuditEventRow>(
    `select ${AUDIT_EVENT_COLUMNS} from audit_events where seq = $1`,
    [seq],
  );
  return auditLeafHash(auditEventFromRow(rows[0] as AuditEventRow)).toString('hex');
}

/**
 * A log of six events at positions 0-5: seqs 1, 2, 3 sealed in a first checkpoint; seq 4 rolled back
 * (a gap that never fills); seqs 5, 6, 7 sealed in a second. Each case then tampers as someone with
 * the database owner's rights might, and verification must say so, naming the first bad event.
 */
const CASES: [
  name: string,
  tampering: (db: Database, witnessPath: string) => Promise<void>,
  firstBadSeq: number,
  says: RegExp,
][] = [
  [
    'an edited event',
    (db) => tamper(db, [`update audit_events set outcome = 'not-found' where seq = 6`]),
    6,
    /Event 6 was changed/,
  ],
  [
    'a deleted event in the middle',
    (db) => tamper(db, ['delete from audit_events where seq = 2']),
    2,
    /Event 2 was deleted/,
  ],
  [
    'a deleted last event',
    (db) => tamper(db, ['delete from audit_events where seq = 7']),
    7,
    /Event 7 was deleted/,
  ],
  [
    'the end cut off with its leaves and checkpoint',
    (db) =>
      tamper(db, [
        'delete from audit_events where seq > 5',
        'delete from audit_leaves where leaf_index > 3',
        'delete from audit_checkpoints where tree_size > 3',
      ]),
    6,
    /witness file vouches for 6 events, but the log holds 4/,
  ],
  [
    'two events swapped',
    (db) =>
      tamper(db, [
        'update audit_events set seq = -2 where seq = 2',
        'update audit_events set seq = 2 where seq = 3',
        'update audit_events set seq = 3 where seq = -2',
      ]),
    2,
    /Event 2 was changed/,
  ],
  [
    'an edited event with its leaf hash recomputed',
    async (db) => {
      await tamper(db, [`update audit_events set token_id = 'someone-else' where seq = 6`]);
      const hash = await leafHashOf(db, 6);
      await tamper(db, [`update audit_leaves set leaf_hash = decode('${hash}', 'hex') where seq = 6`]);
    },
    5,
    /positions 3 to 5 \(events 5 to 7\) do not match the checkpoint/,
  ],
  [
    'a checkpoint re-signed without the key',
    (db) =>
      tamper(db, [
        `update audit_checkpoints set root_hash = decode(repeat('00', 32), 'hex') where tree_size = 6`,
      ]),
    5,
    /not signed by the audit key/,
  ],
  [
    'an event slipped into the gap a rollback left',
    (db) =>
      tamper(db, [
        `insert into audit_events (seq, at, token_id, action, outcome) values (4, '2026-11-23T10:00:04Z', 'intruder', 'read', 'ok')`,
      ]),
    4,
    /Event 4 is not in the sealed log/,
  ],
  ['the events table truncated', (db) => tamper(db, ['truncate audit_events']), 1, /Event 1 was deleted/],
  [
    'every audit table truncated',
    (db) => tamper(db, ['truncate audit_events', 'truncate audit_leaves', 'truncate audit_checkpoints']),
    1,
    /witness file vouches for 6 events, but the log holds 0/,
  ],
];

describe.each(testBackends())('verifying the audit log on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'tampering', () => {
    const open: Database[] = [];
    afterEach(async () => {
      for (const db of open.splice(0)) await db.close();
    });

    async function sealedLog() {
      const db = await backend.open();
      open.push(db);
      const dir = mkdtempSync(join(tmpdir(), 'sg-verify-'));
      const { signer } = loadSigningKey(join(dir, 'key.pem'), { create: true });
      const witnessPath = join(dir, 'witness.jsonl');
      const sealer = createSealer(db, { signer, witnessPath, clock: () => new Date('2026-11-23T10:01:00Z') });
      // Again until sealed: another test's transaction on the same server may hold a round back.
      const seal = async () => {
        while ((await sealer.sealOnce()).outcome === 'waiting');
      };
      const trail = createAuditTrail(db);
      for (const n of [1, 2, 3]) await db.transaction((tx) => trail.appendIn(tx, event(n)));
      await seal();
      await db
        .transaction(async (tx) => {
          await trail.appendIn(tx, event(4));
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      for (const n of [5, 6, 7]) await db.transaction((tx) => trail.appendIn(tx, event(n)));
      await seal();
      const verify = () => verifyAuditLog(db, { key: signer, witness: readWitness(witnessPath) });
      return { db, verify, witnessPath };
    }

    it.each([
      ['change an event', `update audit_events set outcome = 'ok'`],
      ['delete an event', 'delete from audit_events'],
      ['truncate the events', 'truncate audit_events'],
      ['change a leaf', `update audit_leaves set seq = seq`],
      ['delete a leaf', 'delete from audit_leaves'],
      ['truncate the leaves', 'truncate audit_leaves'],
      ['change a checkpoint', `update audit_checkpoints set signed_at = now()`],
      ['truncate the checkpoints', 'truncate audit_checkpoints'],
    ])('refuses to %s, even for the owner, while its triggers are on', async (_case, sql) => {
      const { db } = await sealedLog();
      await expect(db.query(sql)).rejects.toThrow(/is append-only/);
    });

    it('finds an intact log intact, rollback gap and all', async () => {
      const { verify } = await sealedLog();
      expect(await verify()).toEqual({
        valid: true,
        events: 6,
        problems: [],
        checkpoint: expect.objectContaining({ treeSize: 6, lastSeq: 7 }),
        unsealed: 0,
        witnessedTreeSize: 6,
      });
    });

    it.each(CASES)('finds %s and names the first bad event', async (_case, tampering, firstBadSeq, says) => {
      const { db, verify, witnessPath } = await sealedLog();
      await tampering(db, witnessPath);
      const verdict = await verify();
      expect(verdict.valid).toBe(false);
      expect(verdict.firstBadSeq).toBe(firstBadSeq);
      expect(verdict.problems.map((problem) => problem.message).join('\n')).toMatch(says);
    });

    it('finds a witness file that was forged or removed', async () => {
      const { verify, witnessPath } = await sealedLog();
      const lines = readFileSync(witnessPath, 'utf8').trim().split('\n');
      const forged = { ...JSON.parse(lines[1] as string), treeSize: 7 };
      writeFileSync(witnessPath, `${lines[0]}\n${JSON.stringify(forged)}\n`);
      expect((await verify()).problems.map((problem) => problem.message).join('\n')).toMatch(
        /witness file's checkpoint of 7 events .* is not signed/,
      );
      rmSync(witnessPath);
      expect((await verify()).problems.map((problem) => problem.message)).toEqual([
        expect.stringMatching(/There is no witness file/),
      ]);
    });
  });
});
