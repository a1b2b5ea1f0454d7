import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../auth/tokens.ts';
import { createToken } from '../auth/tokens.ts';
import type { Database, Queryable } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import { defaultEngine } from '../engine/default-engine.ts';
import { loadedCaseLookup } from '../records/case-loader.ts';
import { doneEventsOf, ensureDueIndex, openActionsOf } from '../records/due-index.ts';
import { fromRow, RECORD_COLUMNS, type RecordRow } from '../records/record-repository.ts';
import {
  childDeathInput,
  practiceReviewInput,
  rapidReviewInput,
  seriousIncidentInput,
} from '../testing/fixtures.ts';
import { HOME_AREA, OTHER_AREA, startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.ts';
import { mayRead } from './records/record-route-kit.ts';

interface DueItem {
  recordType: string;
  recordId: string;
  area: string;
  action: { duty: string; status: string; dueDate: string };
}

/**
 * What /v1/due must answer, worked out the slow way the index replaces: every record the caller can
 * see, each case from the records the caller can see, every open action on the record it belongs to,
 * soonest first.
 */
async function everythingDue(db: Queryable, caller: Caller, asOf: string): Promise<string[]> {
  const { rows } = await db.query<RecordRow>(`select ${RECORD_COLUMNS} from records`);
  const visible = rows.map(fromRow).filter((record) => mayRead(caller, record));
  const lookup = loadedCaseLookup(visible, () => true);
  const done = doneEventsOf(defaultEngine);
  const items: string[] = [];
  for (const record of visible) {
    const answer = await openActionsOf(record, lookup, defaultEngine, asOf, done);
    for (const action of answer?.actions ?? [])
      items.push(`${action.dueDate} ${record.id} ${action.duty} ${action.status}`);
  }
  return items.sort();
}

const asLines = (items: DueItem[]) =>
  items.map((item) => `${item.action.dueDate} ${item.recordId} ${item.action.duty} ${item.action.status}`);

describe.each(testBackends())('/v1/due on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'the to-do list', () => {
    let t: TestApp;
    let now = TEST_NOW;
    let lateIncident: string;
    let recentIncident: string;
    let otherAreaIncident: string;
    let bothAreas: string;
    beforeAll(async () => {
      t = await startTestApp(backend, { clock: () => now });
      const post = async (path: string, body: unknown, token = t.tokens.partner) => {
        const reply = await t.call('POST', path, { body, token });
        if (reply.status !== 201) throw new Error(`${path}: ${reply.status} ${reply.text}`);
        return reply.json.id as string;
      };
      // Today is 2026-11-23. Aware on 2 November: the Panel notification was due on 9 November.
      lateIncident = await post('/v1/serious-incidents', seriousIncidentInput());
      recentIncident = await post('/v1/serious-incidents', {
        ...seriousIncidentInput(),
        incidentDate: '2026-11-20',
        laBecameAware: '2026-11-20',
      });
      await post('/v1/rapid-reviews', rapidReviewInput(lateIncident));
      // A child who died: the case's child-death record is one the Panel may not read.
      const death = await post('/v1/serious-incidents', {
        ...seriousIncidentInput(),
        incidentType: 'death',
        harm: 'death',
        incidentDate: '2026-11-04',
        laBecameAware: '2026-11-04',
        children: [{ reference: 'CD-2026-17', ageYears: 2 }],
      });
      await post('/v1/child-deaths', { ...childDeathInput(), seriousIncidentId: death });
      otherAreaIncident = await post(
        '/v1/serious-incidents',
        seriousIncidentInput(OTHER_AREA),
        t.tokens.otherPartner,
      );
      await post('/v1/practice-reviews', {
        ...practiceReviewInput(),
        seriousIncidentIds: [recentIncident, otherAreaIncident],
      });
      await post(
        '/v1/rapid-reviews',
        { ...rapidReviewInput(otherAreaIncident, OTHER_AREA), completed: '2026-11-20' },
        t.tokens.otherPartner,
      );
      const { token } = await createToken(t.db, {
        role: 'partner',
        areas: [HOME_AREA, OTHER_AREA],
        now: TEST_NOW,
      });
      bothAreas = token;
    });
    afterAll(async () => {
      await t?.close();
    });

    const walk = async (token: string, query = '') => {
      const items: DueItem[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const reply = await t.call('GET', `/v1/due?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`, {
          token,
        });
        expect(reply.status).toBe(200);
        items.push(...reply.json.items);
        cursor = reply.json.nextCursor;
        pages += 1;
      } while (cursor);
      return { items, pages };
    };
    const callerOf = async (token: string) => {
      const { rows } = await t.db.query<{ id: string; role: Caller['role']; areas: string[] }>(
        'select id, role, areas from api_tokens where token_hash = $1',
        [(await import('../auth/tokens.ts')).hashToken(token)],
      );
      const row = rows[0] as { id: string; role: Caller['role']; areas: string[] };
      return { tokenId: row.id, role: row.role, areas: row.areas };
    };

    it.each([
      ['a partner', 'partner'],
      ['a partner of the other area', 'otherPartner'],
      ['the Panel', 'panel'],
      ['an admin', 'admin'],
    ] as const)('answers %s exactly what working it all out would, page by page', async (_case, who) => {
      const token = t.tokens[who];
      const expected = await everythingDue(t.db, await callerOf(token), '2026-11-23');
      const { items, pages } = await walk(token);
      expect(expected.length).toBeGreaterThan(0);
      expect(asLines(items)).toEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 3)));
    });

    it('answers a partner of two areas each action once', async () => {
      const expected = await everythingDue(t.db, await callerOf(bothAreas), '2026-11-23');
      const { items } = await walk(bothAreas);
      expect(new Set(asLines(items)).size).toBe(items.length);
      expect(asLines(items)).toEqual(expected);
    });

    it('lists the overdue and due actions of the caller’s areas, soonest first', async () => {
      const items: DueItem[] = (await t.call('GET', '/v1/due')).json.items;
      const notify = (id: string) =>
        items.find((i) => i.recordId === id && i.action.duty === 'si-notify-panel');
      expect(notify(lateIncident)?.action).toMatchObject({ status: 'overdue', dueDate: '2026-11-09' });
      expect(notify(recentIncident)?.action).toMatchObject({ status: 'due', dueDate: '2026-11-27' });
      expect(items.some((i) => i.recordId === otherAreaIncident)).toBe(false);
    });

    it('stops at the before date', async () => {
      const all: DueItem[] = (await t.call('GET', '/v1/due?limit=100')).json.items;
      const until: DueItem[] = (await t.call('GET', '/v1/due?limit=100&before=2026-11-20')).json.items;
      const later = all.filter((i) => i.action.dueDate > '2026-11-20');
      // Both sides of the date are there to be told apart, so the filter is what is tested.
      expect(later.length).toBeGreaterThan(0);
      expect(until.length).toBeGreaterThan(0);
      expect(until).toEqual(all.filter((i) => i.action.dueDate <= '2026-11-20'));
      expect(until.some((i) => i.recordId === recentIncident && i.action.duty === 'si-notify-panel')).toBe(
        false,
      );
    });

    it('shows the Panel serious incidents of every area but no child deaths', async () => {
      const items: DueItem[] = (await t.call('GET', '/v1/due?limit=100', { token: t.tokens.panel })).json
        .items;
      expect(items.some((i) => i.recordId === otherAreaIncident)).toBe(true);
      expect(items.some((i) => i.recordId === lateIncident)).toBe(true);
      expect(items.some((i) => i.recordType === 'child-death')).toBe(false);
      const adminItems: DueItem[] = (await t.call('GET', '/v1/due?limit=100', { token: t.tokens.admin })).json
        .items;
      expect(adminItems.some((i) => i.recordType === 'child-death')).toBe(true);
    });

    it('keeps up with every write, on the record and the records of its case', async () => {
      const incident = (await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput() })).json
        .id;
      const review = (await t.call('POST', '/v1/rapid-reviews', { body: rapidReviewInput(incident) })).json
        .id;
      const dutiesOn = async (id: string) =>
        ((await t.call('GET', '/v1/due?limit=100')).json.items as DueItem[])
          .filter((i) => i.recordId === id)
          .map((i) => i.action.duty)
          .sort();
      expect(await dutiesOn(incident)).toContain('si-notify-panel');
      const reviewBefore = await dutiesOn(review);
      // The Panel was told: the incident's duty is done, and the review's clock starts.
      const patched = await t.call('PATCH', `/v1/serious-incidents/${incident}`, {
        body: { panelNotified: '2026-11-03' },
        headers: { 'if-match': '"1"', 'content-type': 'application/merge-patch+json' },
      });
      expect(patched.status).toBe(200);
      expect(await dutiesOn(incident)).not.toContain('si-notify-panel');
      expect(await dutiesOn(review)).not.toEqual(reviewBefore);
      expect(asLines((await walk(t.tokens.partner)).items)).toEqual(
        await everythingDue(t.db, await callerOf(t.tokens.partner), '2026-11-23'),
      );
    });

    it('reads one page, never every record', async () => {
      const reads: number[] = [];
      const spy = (q: Database): Database => ({
        ...q,
        async query<Row>(text: string, params?: readonly unknown[]) {
          const result = await q.query<Row>(text, params);
          if (/from records/.test(text)) reads.push(result.rows.length);
          return result;
        },
      });
      const { createApp } = await import('../app.ts');
      const app = createApp({ db: spy(t.db), engine: defaultEngine, audit: t.audit, clock: () => now });
      const total =
        (await t.db.query<{ n: number }>('select count(*)::int as n from records')).rows[0]?.n ?? 0;
      const response = await app.request('/v1/due?limit=2', {
        headers: { authorization: `Bearer ${t.tokens.admin}` },
      });
      expect(response.status).toBe(200);
      expect(reads.length).toBeGreaterThan(0);
      // The page's records and their cases: a handful, whatever the total.
      expect(Math.max(...reads)).toBeLessThan(total);
      expect(reads.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(12);
    });

    it('works a record out again on the day a date entered ahead of time is reached', async () => {
      const ahead = (
        await t.call('POST', '/v1/serious-incidents', {
          body: { ...seriousIncidentInput(), incidentDate: '2026-11-24', laBecameAware: '2026-11-25' },
        })
      ).json.id;
      const notify = async () =>
        ((await t.call('GET', '/v1/due?limit=100')).json.items as DueItem[]).find(
          (i) => i.recordId === ahead && i.action.duty === 'si-notify-panel',
        );
      expect(await notify()).toBeUndefined();
      now = new Date('2026-11-26T10:00:00.000Z');
      try {
        expect((await notify())?.action).toMatchObject({ status: 'due', dueDate: '2026-12-02' });
      } finally {
        now = TEST_NOW;
      }
    });

    it('rebuilds the index from the records when it was made with other data, and answers as before', async () => {
      const before = asLines((await walk(t.tokens.admin)).items);
      await t.db.exec('delete from due_items; delete from due_index_state');
      expect(asLines((await walk(t.tokens.admin)).items)).toEqual([]);
      const records = (await t.db.query<{ n: number }>('select count(*)::int as n from records')).rows[0]?.n;
      expect(await ensureDueIndex(t.db, defaultEngine, '2026-11-23', 4)).toBe(records);
      expect(await ensureDueIndex(t.db, defaultEngine, '2026-11-23')).toBeUndefined();
      expect(asLines((await walk(t.tokens.admin)).items)).toEqual(before);
    });
  });
});
