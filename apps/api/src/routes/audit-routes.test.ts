import { verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leafHash, rootFromInclusionProof } from '../audit/merkle-tree.ts';
import { testBackends } from '../db/test-backends.ts';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

interface Event {
  seq: number;
  tokenId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  recordIds: string[];
  outcome: string;
}

describe.each(testBackends())('audit routes on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'audit log over HTTP', () => {
    let t: TestApp;
    let recordId: string;
    let events: Event[];
    beforeAll(async () => {
      t = await startTestApp(backend);
      recordId = (await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput() })).json.id;
      await t.call('GET', `/v1/serious-incidents/${recordId}`);
      await t.call('GET', `/v1/serious-incidents/${recordId}`, { token: t.tokens.otherPartner });
      await t.call('GET', '/v1/serious-incidents');
      await t.call('GET', '/v1/due');
      await t.call('GET', '/v1/child-deaths', { token: t.tokens.auditor });
      await t.call('GET', `/v1/serious-incidents/${recordId}`, { token: 'sg_not-a-token' });
      await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput('E09000033') });
      await t.call('POST', '/v1/next-actions', { body: { events: { laBecameAware: '2026-11-19' } } });
      events = (await t.call('GET', '/v1/audit-events?limit=500', { token: t.tokens.auditor })).json.items;
    });
    afterAll(async () => {
      await t?.close();
    });

    const summary = (event: Event) => [event.action, event.recordId, event.outcome];

    it('records every access, allowed or refused, with who, what and the outcome, and no content', async () => {
      expect(events.map(summary)).toEqual([
        ['create', recordId, 'ok'],
        ['read', recordId, 'ok'],
        ['read', recordId, 'not-found'],
        ['list', null, 'ok'],
        ['list-due', null, 'ok'],
        ['list', null, 'forbidden'],
        ['authenticate', null, 'unauthenticated'],
        ['create', null, 'forbidden'],
        ['audit-list', null, 'ok'],
      ]);
      const reply = await t.call('GET', '/v1/audit-events?limit=500', { token: t.tokens.auditor });
      expect(reply.text).not.toContain('CHILD-001');
      expect(reply.text).not.toContain(t.tokens.partner);
    });

    it('names the records a list or due page returned, and who asked', async () => {
      const list = events.find((event) => event.action === 'list' && event.outcome === 'ok');
      expect(list?.recordIds).toEqual([recordId]);
      const due = events.find((event) => event.action === 'list-due');
      expect(due?.recordIds).toEqual([recordId]);
      expect(new Set(events.filter((e) => e.action !== 'authenticate').map((e) => e.tokenId)).has(null)).toBe(
        false,
      );
      expect(events.find((event) => event.action === 'authenticate')?.tokenId).toBeNull();
    });

    it('logs nothing for a computation that touches no record', () => {
      expect(events.some((event) => event.action === 'next-actions')).toBe(false);
    });

    it('pages the log, and logs each read of it', async () => {
      const first = await t.call('GET', '/v1/audit-events?limit=3', { token: t.tokens.auditor });
      expect(first.json.items.map((e: Event) => e.seq)).toEqual([1, 2, 3]);
      const second = await t.call('GET', `/v1/audit-events?limit=3&cursor=${first.json.nextCursor}`, {
        token: t.tokens.auditor,
      });
      expect(second.json.items.map((e: Event) => e.seq)).toEqual([4, 5, 6]);
      const all = (await t.call('GET', '/v1/audit-events?limit=500', { token: t.tokens.auditor })).json.items;
      expect(all.filter((e: Event) => e.action === 'audit-list').length).toBeGreaterThanOrEqual(4);
    });

    it.each(['partner', 'panel'] as const)(
      'keeps the %s role out (403), and logs the refusal',
      async (role) => {
        for (const path of ['/v1/audit-events', '/v1/audit-events/verify', '/v1/audit-events/1/proof']) {
          expect((await t.call('GET', path, { token: t.tokens[role] })).status).toBe(403);
        }
        await t.audit.trail.flush();
        const { rows } = await t.db.query<{ action: string }>(
          `select action from audit_events where outcome = 'forbidden' and action like 'audit-%' order by seq desc limit 3`,
        );
        expect(rows.map((row) => row.action).sort()).toEqual(['audit-list', 'audit-proof', 'audit-verify']);
      },
    );

    it('verifies the log, sealing what is final first', async () => {
      const reply = await t.call('GET', '/v1/audit-events/verify', { token: t.tokens.auditor });
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ valid: true, problems: [], unsealed: 0 });
      expect(reply.json.events).toBeGreaterThan(events.length);
      expect(reply.json.witnessedTreeSize).toBe(reply.json.checkpoint.treeSize);
    });

    it('proves an event is in the signed log, checkable without trusting the server', async () => {
      const reply = await t.call('GET', '/v1/audit-events/2/proof', { token: t.tokens.auditor });
      expect(reply.status).toBe(200);
      const proof = reply.json;
      expect(proof.event).toMatchObject({ seq: 2, action: 'read', recordId });
      // The leaf is the event, the path leads to the root, and the root is signed by the audit key.
      expect(JSON.parse(proof.leafData)).toEqual([
        'safeguarding-audit-event/1',
        2,
        proof.event.at,
        proof.event.tokenId,
        proof.event.requestId,
        'read',
        'serious-incident',
        recordId,
        [],
        'ok',
      ]);
      const leaf = leafHash(Buffer.from(proof.leafData));
      expect(leaf.toString('hex')).toBe(proof.leafHash);
      const root = rootFromInclusionProof(
        proof.leafIndex,
        proof.checkpoint.treeSize,
        leaf,
        proof.auditPath.map((hash: string) => Buffer.from(hash, 'hex')),
      );
      expect(root?.toString('hex')).toBe(proof.checkpoint.rootHash);
      expect(proof.checkpoint.note.split('\n').slice(0, 3)).toEqual([
        'safeguarding-toolkit audit log',
        String(proof.checkpoint.treeSize),
        Buffer.from(proof.checkpoint.rootHash, 'hex').toString('base64'),
      ]);
      const signed = verify(
        null,
        Buffer.from(proof.checkpoint.note),
        t.audit.verifyKey.publicKey,
        Buffer.from(proof.checkpoint.signature, 'base64'),
      );
      expect(signed).toBe(true);
    });

    it('answers 404 for an event that does not exist, and 400 for a seq that cannot be one', async () => {
      expect((await t.call('GET', '/v1/audit-events/999999/proof', { token: t.tokens.auditor })).status).toBe(
        404,
      );
      expect((await t.call('GET', '/v1/audit-events/zero/proof', { token: t.tokens.auditor })).status).toBe(
        400,
      );
    });

    it('detects an event changed behind the API’s back, naming it', async () => {
      await t.audit.sealNow();
      await t.db.transaction(async (tx) => {
        await tx.exec('alter table audit_events disable trigger user');
        await tx.exec(`update audit_events set outcome = 'ok' where seq = 3`);
        await tx.exec('alter table audit_events enable trigger user');
      });
      const after = await t.call('GET', '/v1/audit-events/verify', { token: t.tokens.admin });
      expect(after.json).toMatchObject({ valid: false, firstBadSeq: 3, events: 2 });
    });
  });
});
