import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import { appendAuditEvent, GENESIS_HASH, listAuditEvents, verifyAuditChain } from './audit-log.ts';

const at = new Date('2026-11-23T10:00:00.000Z');
const event = (action: string) => ({
  at,
  tokenId: 'token-1',
  action,
  recordType: 'serious-incident',
  recordId: '00000000-0000-4000-8000-000000000001',
  outcome: 'ok',
});

describe.each(testBackends())('audit log on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'audit chain', () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('chains each event to the one before and verifies', async () => {
      expect(await verifyAuditChain(db)).toEqual({ valid: true, events: 0 });
      const first = await db.transaction((tx) => appendAuditEvent(tx, event('read')));
      const second = await db.transaction((tx) => appendAuditEvent(tx, event('update')));
      expect(first.prevHash).toBe(GENESIS_HASH);
      expect(second.prevHash).toBe(first.hash);
      expect(await verifyAuditChain(db, 1)).toEqual({ valid: true, events: 2 });
    });

    it('keeps one unbroken chain when many append at once', async () => {
      await Promise.all(
        Array.from({ length: 10 }, () => db.transaction((tx) => appendAuditEvent(tx, event('read')))),
      );
      const verdict = await verifyAuditChain(db);
      expect(verdict).toEqual({ valid: true, events: 12 });
      const page = await listAuditEvents(db, { limit: 5 });
      expect(page.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(page.nextAfter).toBe(5);
    });

    it('refuses updates and deletes', async () => {
      await expect(db.query(`update audit_events set outcome = 'denied' where seq = 1`)).rejects.toThrow(
        /append-only/,
      );
      await expect(db.query('delete from audit_events where seq = 1')).rejects.toThrow(/append-only/);
    });

    it.each([
      ['a changed outcome', `update audit_events set outcome = 'denied' where seq = 3`, 3],
      ['a deleted event', 'delete from audit_events where seq = 2', 2],
    ])('detects %s even when someone bypasses the trigger', async (_case, tamper, brokenAt) => {
      await db.transaction(async (tx) => {
        await tx.exec('alter table audit_events disable trigger audit_events_no_update');
        await tx.exec(tamper);
        await tx.exec('alter table audit_events enable trigger audit_events_no_update');
      });
      const verdict = await verifyAuditChain(db);
      expect(verdict).toMatchObject({
        valid: false,
        firstBrokenSeq: brokenAt + (tamper.startsWith('delete') ? 1 : 0),
      });
    });
  });
});
