import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createToken } from '../../auth/tokens.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { testBackends } from '../../db/test-backends.ts';
import { defaultEngine } from '../../engine/default-engine.ts';
import { seriousIncidentInput } from '../../testing/fixtures.ts';
import { HOME_AREA, OTHER_AREA, startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.ts';

/** Every row the database hands back, so a test can see what a request read. */
function recordingRows(db: Database, seen: unknown[][]): Database {
  const spy = (q: Queryable): Queryable => ({
    ...q,
    async query<Row>(text: string, params?: readonly unknown[]) {
      const result = await q.query<Row>(text, params);
      seen.push(result.rows as unknown[]);
      return result;
    },
  });
  return { ...db, ...spy(db), transaction: (work) => db.transaction((tx) => work(spy(tx))) };
}

describe.each(testBackends())('what records give away to other areas, on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'no leaks', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('gives list cursors that name the last record on the page and nothing else, so they count nobody', async () => {
      const area = 'E06000047';
      const { token } = await createToken(t.db, { role: 'partner', areas: [area], now: TEST_NOW });
      const create = (token: string, where: string) =>
        t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput(where), token });
      const first = (await create(token, area)).json.id;
      // Another area is busy between this area's records.
      for (let i = 0; i < 5; i++) await create(t.tokens.otherPartner, OTHER_AREA);
      const second = (await create(token, area)).json.id;
      const pages: { ids: string[]; cursor?: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.call(
          'GET',
          `/v1/serious-incidents?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          { token },
        );
        cursor = page.json.nextCursor;
        pages.push({ ids: page.json.items.map((r: { id: string }) => r.id), ...(cursor ? { cursor } : {}) });
      } while (cursor);
      expect(pages.map((page) => page.ids)).toEqual([[first], [second]]);
      const decoded = Buffer.from(pages[0]?.cursor ?? '', 'base64url').toString();
      expect(decoded.replace(first, '')).toMatch(/^\D*$/);
    });

    it('gives an empty page for a cursor naming a record the caller cannot see', async () => {
      const theirs = (
        await t.call('POST', '/v1/serious-incidents', {
          body: seriousIncidentInput(OTHER_AREA),
          token: t.tokens.otherPartner,
        })
      ).json.id;
      const cursor = Buffer.from(`r${theirs}`).toString('base64url');
      const page = await t.call('GET', `/v1/serious-incidents?cursor=${cursor}`);
      expect(page.status).toBe(200);
      expect(page.json.items).toEqual([]);
    });

    it('never reads another area’s record to refuse a change to it: it costs what a missing one does', async () => {
      const theirs = (
        await t.call('POST', '/v1/serious-incidents', {
          body: seriousIncidentInput(OTHER_AREA),
          token: t.tokens.otherPartner,
        })
      ).json.id;
      const rows: unknown[][] = [];
      const app = createApp({
        db: recordingRows(t.db, rows),
        engine: defaultEngine,
        audit: t.audit,
        clock: () => TEST_NOW,
      });
      const attempt = async (id: string) => {
        rows.length = 0;
        const response = await app.request(`/v1/serious-incidents/${id}`, {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${t.tokens.partner}`,
            'content-type': 'application/json',
            'if-match': '"1"',
          },
          body: JSON.stringify(seriousIncidentInput(HOME_AREA)),
        });
        return { status: response.status, rows: JSON.stringify(rows) };
      };
      // The token is looked up (and cached) first, so the two attempts differ only in the record asked for.
      await app.request('/v1/duties', { headers: { authorization: `Bearer ${t.tokens.partner}` } });
      const hidden = await attempt(theirs);
      const missing = await attempt('00000000-0000-4000-8000-00000000beef');
      expect(hidden.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(hidden.rows).not.toContain('caseOutline');
      expect(hidden.rows.replaceAll(theirs, 'ID')).toBe(
        missing.rows.replaceAll('00000000-0000-4000-8000-00000000beef', 'ID'),
      );
    });
  });
});
