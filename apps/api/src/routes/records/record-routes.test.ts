import { factsFromCase, factsFromPartnership, nextActions } from '@safeguarding/rules';
import { RECORD_COLLECTIONS } from '@safeguarding/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../db/test-backends.ts';
import { INJECTION, inputFor, richInputFor, seriousIncidentInput } from '../../testing/fixtures.ts';
import { HOME_AREA, OTHER_AREA, startTestApp, type TestApp } from '../../testing/test-app.ts';

const COLLECTIONS = RECORD_COLLECTIONS.map((entry) => entry.path);

type Path = (string | number)[];

/** Paths of every string in a JSON value. */
function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  }
  return [];
}

/** A copy of value with the string at path replaced. */
function withLeaf(value: unknown, path: Path, leaf: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? withLeaf(item, rest, leaf) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: withLeaf(record[head], rest, leaf) };
}
const PANEL_READABLE = new Set(['serious-incidents', 'rapid-reviews', 'practice-reviews']);

/** The case facts of a record the fixtures make: alone, or (a rapid review) with the incident it names. */
// biome-ignore lint/suspicious/noExplicitAny: the fixtures' records, as the API returned them
function factsOfCase(collection: string, record: any, incident: any) {
  switch (collection) {
    case 'partnerships':
      return factsFromPartnership(record);
    case 'serious-incidents':
      return factsFromCase({ seriousIncident: record });
    case 'rapid-reviews':
      return factsFromCase({ rapidReview: record, seriousIncident: incident });
    case 'practice-reviews':
      return factsFromCase({ practiceReview: record });
    case 'child-deaths':
      return factsFromCase({ childDeath: record });
    default:
      throw new Error(`no facts for ${collection}`);
  }
}

describe.each(testBackends())('record routes on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'records over HTTP', () => {
    let t: TestApp;
    let incidentId: string;
    beforeAll(async () => {
      t = await startTestApp(backend);
      const created = await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput() });
      incidentId = created.json.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    const create = (collection: string, area = HOME_AREA, token?: string) =>
      t.call('POST', `/v1/${collection}`, {
        body: inputFor(collection, area, incidentId),
        ...(token ? { token } : {}),
      });

    describe.each(COLLECTIONS)('/v1/%s', (collection) => {
      it('creates, reads back verbatim, and lists', async () => {
        const created = await create(collection);
        expect(created.status).toBe(201);
        expect(created.headers.get('etag')).toBe('"1"');
        expect(created.headers.get('location')).toBe(`/v1/${collection}/${created.json.id}`);
        expect(created.headers.get('cache-control')).toBe('no-store');
        expect(created.json).toMatchObject({ ...inputFor(collection, HOME_AREA, incidentId), version: 1 });
        const read = await t.call('GET', `/v1/${collection}/${created.json.id}`);
        expect(read.status).toBe(200);
        expect(read.json).toEqual(created.json);
        const list = await t.call('GET', `/v1/${collection}?area=${HOME_AREA}`);
        expect(list.json.items.map((r: { id: string }) => r.id)).toContain(created.json.id);
      });

      it('hides it from a partner of another area: 404 on read, update and next-actions, absent from lists', async () => {
        const created = await create(collection);
        const id = created.json.id;
        const other = t.tokens.otherPartner;
        for (const path of [`/v1/${collection}/${id}`, `/v1/${collection}/${id}/next-actions`]) {
          const reply = await t.call('GET', path, { token: other });
          expect(reply.status).toBe(404);
          expect(reply.text).not.toContain('CHILD-001');
          expect(reply.text).not.toContain('Robert');
        }
        const update = await t.call('PUT', `/v1/${collection}/${id}`, {
          token: other,
          body: inputFor(collection, OTHER_AREA, incidentId),
          headers: { 'if-match': '"1"' },
        });
        expect(update.status).toBe(404);
        const list = await t.call('GET', `/v1/${collection}`, { token: other });
        expect(list.json.items.map((r: { id: string }) => r.id)).not.toContain(id);
        const asked = await t.call('GET', `/v1/${collection}?area=${HOME_AREA}`, { token: other });
        expect(asked.json.items).toEqual([]);
      });

      it('refuses to create a record in an area the token does not hold (403)', async () => {
        const reply = await create(collection, OTHER_AREA);
        expect(reply.status).toBe(403);
        expect(reply.headers.get('content-type')).toBe('application/problem+json');
      });

      it('refuses to move a record to an area the token does not hold (403)', async () => {
        const created = await create(collection);
        const moved = await t.call('PUT', `/v1/${collection}/${created.json.id}`, {
          body: inputFor(collection, OTHER_AREA, incidentId),
          headers: { 'if-match': '"1"' },
        });
        expect(moved.status).toBe(403);
      });

      it(`lets the panel read it ${PANEL_READABLE.has(collection) ? 'in any area' : 'not at all'}, and never write`, async () => {
        const created = await create(collection);
        const read = await t.call('GET', `/v1/${collection}/${created.json.id}`, { token: t.tokens.panel });
        expect(read.status).toBe(PANEL_READABLE.has(collection) ? 200 : 403);
        const write = await create(collection, HOME_AREA, t.tokens.panel);
        expect(write.status).toBe(403);
      });

      it('keeps auditors out of records (403)', async () => {
        const reply = await t.call('GET', `/v1/${collection}`, { token: t.tokens.auditor });
        expect(reply.status).toBe(403);
      });

      it('answers next-actions from the record’s facts, as the engine does', async () => {
        const created = await create(collection);
        const reply = await t.call(
          'GET',
          `/v1/${collection}/${created.json.id}/next-actions?asOf=2026-11-23`,
        );
        expect(reply.status).toBe(200);
        const incident = (await t.call('GET', `/v1/serious-incidents/${incidentId}`)).json;
        const facts = factsOfCase(collection, created.json, incident);
        const expected = nextActions(facts, { asOf: '2026-11-23' });
        expect(reply.json).toEqual(expected);
        // The record's own facts decided it: every collection here has at least one duty.
        expect(expected.actions.length).toBeGreaterThan(0);
      });
    });

    it.each(COLLECTIONS)(
      'stores injection strings in every free-text field of %s verbatim',
      async (collection) => {
        const resource = RECORD_COLLECTIONS.find((entry) => entry.path === collection);
        let body: unknown = richInputFor(collection, HOME_AREA, incidentId);
        let swapped = 0;
        for (const path of stringLeaves(body)) {
          const candidate = withLeaf(body, path, INJECTION);
          // Only fields that take free text accept it; codes, dates and references keep their values.
          if (resource?.input.safeParse(candidate).success) {
            body = candidate;
            swapped += 1;
          }
        }
        expect(swapped).toBeGreaterThanOrEqual(2);
        const created = await t.call('POST', `/v1/${collection}`, { body });
        expect(created.status).toBe(201);
        const read = await t.call('GET', `/v1/${collection}/${created.json.id}`);
        expect(read.json).toMatchObject(body as Record<string, unknown>);
      },
    );

    it('shows a partnership to the partners of every area it covers, and lets only the lead area write it', async () => {
      const covered = 'E08000035';
      const { createToken } = await import('../../auth/tokens.ts');
      const { token: coveredPartner } = await createToken(t.db, {
        role: 'partner',
        areas: [covered],
        now: new Date(),
      });
      const body = { ...inputFor('partnerships'), areas: [HOME_AREA, covered] };
      const created = await t.call('POST', '/v1/partnerships', { body });
      expect(created.status).toBe(201);
      const id = created.json.id;
      expect((await t.call('GET', `/v1/partnerships/${id}`, { token: coveredPartner })).status).toBe(200);
      const listed = await t.call('GET', `/v1/partnerships?area=${covered}`, { token: coveredPartner });
      expect(listed.json.items.map((r: { id: string }) => r.id)).toEqual([id]);
      expect((await t.call('GET', `/v1/partnerships/${id}`, { token: t.tokens.otherPartner })).status).toBe(
        404,
      );
      const update = await t.call('PUT', `/v1/partnerships/${id}`, {
        token: coveredPartner,
        body: { ...body, area: covered },
        headers: { 'if-match': '"1"' },
      });
      expect(update.status).toBe(403);
    });

    it('stores injection strings verbatim and leaves the tables intact', async () => {
      const body = {
        ...seriousIncidentInput(),
        caseOutline: INJECTION,
        agenciesInvolved: [INJECTION, "'; select pg_sleep(10); --"],
      };
      const created = await t.call('POST', '/v1/serious-incidents', { body });
      expect(created.status).toBe(201);
      const read = await t.call('GET', `/v1/serious-incidents/${created.json.id}`);
      expect(read.json.caseOutline).toBe(INJECTION);
      expect(read.json.agenciesInvolved).toEqual(body.agenciesInvolved);
      const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from records');
      expect(rows[0]?.n).toBeGreaterThan(0);
    });

    it('refuses a NUL character, which PostgreSQL cannot store, naming the field (422, not 500)', async () => {
      const body = { ...seriousIncidentInput(), caseOutline: 'before\u0000after' };
      const created = await t.call('POST', '/v1/serious-incidents', { body });
      expect(created.status).toBe(422);
      expect(created.json.errors).toEqual([
        {
          path: 'caseOutline',
          pointer: '/caseOutline',
          message: 'cannot contain the NUL character (\\u0000)',
        },
      ]);
      const checked = await t.call('POST', '/v1/validate/serious-incident-input', { body });
      expect(checked.json.summary).toMatchObject({ records: 1, invalid: 1 });
      expect(
        checked.json.problems.filter((problem: { severity: string }) => problem.severity === 'error'),
      ).toEqual([expect.objectContaining({ code: 'TEXT-NUL', path: '/caseOutline', record: 1 })]);
    });

    it.each([
      ['an id with SQL in it', "x' or '1'='1"],
      ['an unknown id', '00000000-0000-4000-8000-000000000000'],
    ])('answers 404 for %s', async (_case, id) => {
      const reply = await t.call('GET', `/v1/serious-incidents/${encodeURIComponent(id)}`);
      expect(reply.status).toBe(404);
    });

    it('gives the serious incident’s Panel notification deadline', async () => {
      const reply = await t.call('GET', `/v1/serious-incidents/${incidentId}/next-actions?asOf=2026-11-03`);
      const notify = reply.json.actions.find((a: { duty: string }) => a.duty === 'si-notify-panel');
      // Aware Monday 2 November 2026; five working days later is Monday 9 November.
      expect(notify).toMatchObject({ dueDate: '2026-11-09', status: 'due' });
    });

    describe('updates', () => {
      it('needs If-Match (428), refuses a stale one (412) and a malformed one (400)', async () => {
        const created = await create('serious-incidents');
        const path = `/v1/serious-incidents/${created.json.id}`;
        const body = { ...seriousIncidentInput(), panelNotified: '2026-11-03' };
        expect((await t.call('PUT', path, { body })).status).toBe(428);
        expect((await t.call('PUT', path, { body, headers: { 'if-match': 'three' } })).status).toBe(400);
        const ok = await t.call('PUT', path, { body, headers: { 'if-match': '"1"' } });
        expect(ok.status).toBe(200);
        expect(ok.headers.get('etag')).toBe('"2"');
        expect(ok.json).toMatchObject({
          version: 2,
          panelNotified: '2026-11-03',
          createdAt: created.json.createdAt,
        });
        const stale = await t.call('PUT', path, { body, headers: { 'if-match': '"1"' } });
        expect(stale.status).toBe(412);
        expect(stale.headers.get('etag')).toBe('"2"');
      });

      it('lets exactly one of two concurrent updates with the same If-Match win', async () => {
        const created = await create('serious-incidents');
        const path = `/v1/serious-incidents/${created.json.id}`;
        const replies = await Promise.all(
          ['2026-11-03', '2026-11-04'].map((panelNotified) =>
            t.call('PUT', path, {
              body: { ...seriousIncidentInput(), panelNotified },
              headers: { 'if-match': '"1"' },
            }),
          ),
        );
        expect(replies.map((r) => r.status).sort()).toEqual([200, 412]);
        const winner = replies.find((r) => r.status === 200);
        const read = await t.call('GET', path);
        expect(read.json).toEqual(winner?.json);
      });

      it('rejects an invalid replacement with every failing field', async () => {
        const created = await create('serious-incidents');
        const reply = await t.call('PUT', `/v1/serious-incidents/${created.json.id}`, {
          body: { ...seriousIncidentInput(), laBecameAware: 'soon', children: [], surname: 'Smith' },
          headers: { 'if-match': '"1"' },
        });
        expect(reply.status).toBe(422);
        expect(reply.json.errors.map((e: { path: string }) => e.path).sort()).toEqual([
          'children',
          'laBecameAware',
          'surname',
        ]);
        expect(reply.text).not.toContain('Smith');
      });
    });

    describe('idempotent creates', () => {
      it('returns the original response for a retried key, never a duplicate', async () => {
        const headers = { 'idempotency-key': 'retry-1' };
        const first = await t.call('POST', '/v1/serious-incidents', {
          body: seriousIncidentInput(),
          headers,
        });
        const again = await t.call('POST', '/v1/serious-incidents', {
          body: seriousIncidentInput(),
          headers,
        });
        expect(again.status).toBe(first.status);
        expect(again.json).toEqual(first.json);
        expect(again.headers.get('location')).toBe(first.headers.get('location'));
        const { rows } = await t.db.query<{ n: number }>(
          'select count(*)::int as n from records where id = $1',
          [first.json.id],
        );
        expect(rows[0]?.n).toBe(1);
      });

      it('keeps keys per token: another token’s same key is a new record', async () => {
        const headers = { 'idempotency-key': 'shared-key' };
        const mine = await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput(), headers });
        const admins = await t.call('POST', '/v1/serious-incidents', {
          body: seriousIncidentInput(),
          headers,
          token: t.tokens.admin,
        });
        expect(admins.status).toBe(201);
        expect(admins.json.id).not.toBe(mine.json.id);
      });

      it('refuses the same key with a different body (422)', async () => {
        const headers = { 'idempotency-key': 'retry-2' };
        await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput(), headers });
        const changed = await t.call('POST', '/v1/serious-incidents', {
          body: { ...seriousIncidentInput(), laBecameAware: '2026-11-03' },
          headers,
        });
        expect(changed.status).toBe(422);
        expect(changed.json.type).toBe('/problems/idempotency-key-reused');
      });

      it('stores one record when the same key is sent several times at once', async () => {
        const headers = { 'idempotency-key': 'burst-1' };
        const replies = await Promise.all(
          Array.from({ length: 5 }, () =>
            t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput(), headers }),
          ),
        );
        expect(new Set(replies.map((r) => r.json.id)).size).toBe(1);
        expect(replies.every((r) => r.status === 201)).toBe(true);
      });
    });

    describe('pages', () => {
      it('walks every record once with limit and cursor', async () => {
        const area = 'E06000047';
        const { createToken } = await import('../../auth/tokens.ts');
        const { token } = await createToken(t.db, { role: 'partner', areas: [area], now: new Date() });
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push((await create('practice-reviews', area, token)).json.id);
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await t.call(
            'GET',
            `/v1/practice-reviews?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
            { token },
          );
          expect(page.status).toBe(200);
          expect(page.json.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.json.items.map((r: { id: string }) => r.id));
          cursor = page.json.nextCursor;
        } while (cursor);
        expect(seen).toEqual(ids);
      });

      it.each([
        ['a limit over 100', '?limit=1000'],
        ['a limit of zero', '?limit=0'],
        ['an area that is not a GSS code', `?area=${encodeURIComponent("E08000034' or 1=1 --")}`],
        ['an area with a NUL character', '?area=E08%0000034'],
        ['a forged cursor', `?cursor=${Buffer.from('1; drop table records').toString('base64url')}`],
      ])('refuses %s with 400', async (_case, query) => {
        const reply = await t.call('GET', `/v1/serious-incidents${query}`);
        expect(reply.status).toBe(400);
        expect(reply.json.errors.length).toBeGreaterThan(0);
      });
    });
  });
});
