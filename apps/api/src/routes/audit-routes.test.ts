import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../db/test-backends.ts';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(testBackends())('audit routes on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'audit log over HTTP', () => {
    let t: TestApp;
    let recordId: string;
    beforeAll(async () => {
      t = await startTestApp(backend);
      recordId = (await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput() })).json.id;
      await t.call('GET', `/v1/serious-incidents/${recordId}`);
      await t.call('GET', `/v1/serious-incidents/${recordId}`, { token: t.tokens.otherPartner });
      await t.call('GET', '/v1/serious-incidents');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('records who did what to which record, with the outcome, and no content', async () => {
      const reply = await t.call('GET', '/v1/audit-events', { token: t.tokens.auditor });
      expect(reply.status).toBe(200);
      const events = reply.json.items.map((e: Record<string, unknown>) => [e.action, e.recordId, e.outcome]);
      expect(events).toEqual([
        ['create', recordId, 'ok'],
        ['read', recordId, 'ok'],
        ['read', recordId, 'not-found'],
        ['list', null, 'ok'],
      ]);
      expect(reply.text).not.toContain('CHILD-001');
      expect(reply.text).not.toContain(t.tokens.partner);
    });

    it('pages the log', async () => {
      const first = await t.call('GET', '/v1/audit-events?limit=3', { token: t.tokens.auditor });
      expect(first.json.items).toHaveLength(3);
      const second = await t.call('GET', `/v1/audit-events?limit=3&cursor=${first.json.nextCursor}`, {
        token: t.tokens.auditor,
      });
      expect(second.json.items[0].seq).toBe(4);
    });

    it.each(['partner', 'panel'] as const)('keeps the %s role out (403)', async (role) => {
      expect((await t.call('GET', '/v1/audit-events', { token: t.tokens[role] })).status).toBe(403);
      expect((await t.call('GET', '/v1/audit-events/verify', { token: t.tokens[role] })).status).toBe(403);
    });

    it('verifies the chain, and detects an event changed behind the API’s back', async () => {
      const before = await t.call('GET', '/v1/audit-events/verify', { token: t.tokens.auditor });
      expect(before.json).toMatchObject({ valid: true });
      await t.db.transaction(async (tx) => {
        await tx.exec('alter table audit_events disable trigger audit_events_no_update');
        await tx.exec(`update audit_events set outcome = 'ok' where seq = 3`);
        await tx.exec('alter table audit_events enable trigger audit_events_no_update');
      });
      const after = await t.call('GET', '/v1/audit-events/verify', { token: t.tokens.admin });
      expect(after.json).toMatchObject({ valid: false, firstBrokenSeq: 3 });
    });
  });
});
