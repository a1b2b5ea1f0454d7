import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../db/test-backends.ts';
import { childDeathInput, rapidReviewInput, seriousIncidentInput } from '../../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';

interface DueItem {
  recordType: string;
  recordId: string;
  action: { duty: string; status: string; dueDate: string };
}

/** A serious incident of October 2026, whose rapid review was due by 26 October (today is 23 November). */
const octoberIncident = () => ({
  ...seriousIncidentInput(),
  incidentDate: '2026-10-01',
  laBecameAware: '2026-10-02',
  panelNotified: '2026-10-05',
  partnersNotified: '2026-10-05',
});

describe.each(testBackends())('the API contract vendors rely on, on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'records', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    const createIncident = async (body: object = seriousIncidentInput()) =>
      (await t.call('POST', '/v1/serious-incidents', { body })).json;

    describe('methods', () => {
      it.each([
        [
          'DELETE',
          '/v1/serious-incidents/00000000-0000-4000-8000-000000000000',
          'GET, PUT, PATCH, HEAD, OPTIONS',
        ],
        ['DELETE', '/v1/serious-incidents', 'POST, GET, HEAD, OPTIONS'],
        ['POST', '/v1/due', 'GET, HEAD, OPTIONS'],
        ['PUT', '/v1/next-actions', 'POST, OPTIONS'],
        ['POST', '/healthz', 'GET, HEAD, OPTIONS'],
      ])('answers %s %s with 405 and Allow', async (method, path, allow) => {
        const reply = await t.call(method, path);
        expect(reply.status).toBe(405);
        expect(reply.headers.get('allow')).toBe(allow);
        expect(reply.headers.get('content-type')).toBe('application/problem+json');
        expect(reply.json.detail).toContain(method);
      });

      it('answers OPTIONS with the allowed methods, without a token', async () => {
        const reply = await t.call('OPTIONS', '/v1/serious-incidents', { token: null });
        expect(reply.status).toBe(204);
        expect(reply.headers.get('allow')).toBe('POST, GET, HEAD, OPTIONS');
      });

      it('answers HEAD like GET, without a body', async () => {
        const incident = await createIncident();
        const reply = await t.call('HEAD', `/v1/serious-incidents/${incident.id}`);
        expect(reply.status).toBe(200);
        expect(reply.headers.get('etag')).toBe('"1"');
        expect(reply.text).toBe('');
      });
    });

    describe('query parameters', () => {
      it.each([
        ['a list', '/v1/serious-incidents?limt=5', 'limt'],
        ['a record', '/v1/serious-incidents/00000000-0000-4000-8000-000000000000?expand=all', 'expand'],
        ['the due list', '/v1/due?after=2026-01-01', 'after'],
        ['the duty catalogue', '/v1/duties?edition=wt2023', 'edition'],
        ['a filter of another collection', '/v1/serious-incidents?seriousIncidentId=x', 'seriousIncidentId'],
      ])('refuses one it does not know on %s with 400 naming it', async (_case, path, name) => {
        const reply = await t.call('GET', path);
        expect(reply.status).toBe(400);
        expect(reply.json.errors).toEqual([
          { path: name, pointer: `/${name}`, message: 'is not a query parameter of this route' },
        ]);
      });

      it('filters rapid reviews by the incident they review', async () => {
        const [first, second] = [await createIncident(), await createIncident()];
        const review = (await t.call('POST', '/v1/rapid-reviews', { body: rapidReviewInput(first.id) })).json;
        await t.call('POST', '/v1/rapid-reviews', { body: rapidReviewInput(second.id) });
        const reply = await t.call('GET', `/v1/rapid-reviews?seriousIncidentId=${first.id}`);
        expect(reply.json.items.map((r: { id: string }) => r.id)).toEqual([review.id]);
      });

      it('filters practice reviews by any incident they cover', async () => {
        const incident = await createIncident();
        const body = {
          area: 'E08000034',
          kind: 'lcspr',
          seriousIncidentIds: ['00000000-0000-4000-8000-000000000001', incident.id],
          initiated: '2026-11-10',
        };
        const review = (await t.call('POST', '/v1/practice-reviews', { body })).json;
        const reply = await t.call('GET', `/v1/practice-reviews?seriousIncidentId=${incident.id}`);
        expect(reply.json.items.map((r: { id: string }) => r.id)).toEqual([review.id]);
      });
    });

    describe('PUT takes back what GET gave', () => {
      it('accepts the record as read, ignoring the unchanged server fields', async () => {
        const incident = await createIncident();
        const read = await t.call('GET', `/v1/serious-incidents/${incident.id}`);
        const reply = await t.call('PUT', `/v1/serious-incidents/${incident.id}`, {
          body: { ...read.json, panelNotified: '2026-11-03' },
          headers: { 'if-match': read.headers.get('etag') ?? '' },
        });
        expect(reply.status).toBe(200);
        expect(reply.json).toMatchObject({ id: incident.id, version: 2, panelNotified: '2026-11-03' });
        expect(reply.json.createdAt).toBe(incident.createdAt);
      });

      it('names each server field that was changed (422) and changes nothing', async () => {
        const incident = await createIncident();
        const reply = await t.call('PUT', `/v1/serious-incidents/${incident.id}`, {
          body: {
            ...incident,
            id: '00000000-0000-4000-8000-000000000009',
            version: 7,
            createdAt: '2020-01-01T00:00:00Z',
          },
          headers: { 'if-match': '"1"' },
        });
        expect(reply.status).toBe(422);
        expect(reply.json.errors.map((e: { path: string }) => e.path)).toEqual([
          'id',
          'version',
          'createdAt',
        ]);
        const read = await t.call('GET', `/v1/serious-incidents/${incident.id}`);
        expect(read.json).toEqual(incident);
      });

      it('accepts the same instant written with another offset', async () => {
        const incident = await createIncident();
        const createdAt = new Date(incident.createdAt).toISOString().replace('Z', '+00:00');
        const reply = await t.call('PUT', `/v1/serious-incidents/${incident.id}`, {
          body: { ...incident, createdAt },
          headers: { 'if-match': '"1"' },
        });
        expect(reply.status).toBe(200);
      });
    });

    describe('PATCH with JSON Merge Patch', () => {
      const patch = (id: string, body: unknown, headers: Record<string, string> = { 'if-match': '"1"' }) =>
        t.call('PATCH', `/v1/serious-incidents/${id}`, {
          rawBody: JSON.stringify(body),
          headers: { 'content-type': 'application/merge-patch+json', ...headers },
        });

      it('changes the fields sent, merges objects and removes a field sent as null', async () => {
        const incident = await createIncident({ ...seriousIncidentInput(), panelNotified: '2026-11-04' });
        const reply = await patch(incident.id, {
          caseOutline: 'Updated outline.',
          notifier: { name: 'A Notifier' },
          panelNotified: null,
        });
        expect(reply.status).toBe(200);
        expect(reply.headers.get('etag')).toBe('"2"');
        expect(reply.json.caseOutline).toBe('Updated outline.');
        expect(reply.json.notifier).toEqual({ role: 'Head of Service, Safeguarding', name: 'A Notifier' });
        expect(reply.json).not.toHaveProperty('panelNotified');
        expect(reply.json.children).toEqual(incident.children);
      });

      it('accepts plain application/json too', async () => {
        const incident = await createIncident();
        const reply = await t.call('PATCH', `/v1/serious-incidents/${incident.id}`, {
          body: { caseOutline: 'Plain JSON.' },
          headers: { 'if-match': '"1"' },
        });
        expect(reply.status).toBe(200);
      });

      it.each([
        ['removing a required field', { laBecameAware: null }, 'laBecameAware'],
        ['an unknown field', { surname: 'Smith' }, 'surname'],
        ['a wrong type', { caseOutline: 42 }, 'caseOutline'],
        ['dates out of order', { laBecameAware: '2026-10-01' }, 'laBecameAware'],
        ['a changed id', { id: '00000000-0000-4000-8000-000000000009' }, 'id'],
      ])('refuses %s with 422 naming the field, and changes nothing', async (_case, body, field) => {
        const incident = await createIncident();
        const reply = await patch(incident.id, body);
        expect(reply.status).toBe(422);
        expect(reply.json.errors.map((e: { path: string }) => e.path)).toContain(field);
        expect(reply.text).not.toContain('Smith');
        expect((await t.call('GET', `/v1/serious-incidents/${incident.id}`)).json).toEqual(incident);
      });

      it('needs If-Match (428) and refuses a stale one (412, with the current ETag)', async () => {
        const incident = await createIncident();
        expect((await patch(incident.id, { caseOutline: 'x' }, {})).status).toBe(428);
        expect((await patch(incident.id, { caseOutline: 'first' })).status).toBe(200);
        const stale = await patch(incident.id, { caseOutline: 'second' });
        expect(stale.status).toBe(412);
        expect(stale.headers.get('etag')).toBe('"2"');
      });

      it('refuses a body that is not an object (422), and one that is not JSON (400)', async () => {
        const incident = await createIncident();
        expect((await patch(incident.id, ['caseOutline'])).status).toBe(422);
        const broken = await t.call('PATCH', `/v1/serious-incidents/${incident.id}`, {
          rawBody: '{"caseOutline":',
          headers: { 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
        });
        expect(broken.status).toBe(400);
      });
    });

    describe('a case is a chain', () => {
      it('shows a serious incident’s rapid review done once the linked rapid review is complete', async () => {
        const incident = await createIncident(octoberIncident());
        const before = await t.call('GET', `/v1/serious-incidents/${incident.id}/next-actions`);
        const rapid = (r: { json: { actions: { duty: string; status: string }[] } }) =>
          r.json.actions.find((a) => a.duty === 'rr-complete')?.status;
        expect(rapid(before)).toBe('overdue');
        const dueBefore: DueItem[] = (await t.call('GET', '/v1/due')).json.items;
        expect(dueBefore).toContainEqual(
          expect.objectContaining({
            recordId: incident.id,
            action: expect.objectContaining({ duty: 'rr-complete' }),
          }),
        );

        const review = (
          await t.call('POST', '/v1/rapid-reviews', {
            body: {
              ...rapidReviewInput(incident.id),
              started: '2026-10-06',
              completed: '2026-10-20',
              sentToPanel: '2026-10-21',
            },
          })
        ).json;
        for (const path of [`/v1/serious-incidents/${incident.id}`, `/v1/rapid-reviews/${review.id}`]) {
          const after = await t.call('GET', `${path}/next-actions`);
          expect(after.status).toBe(200);
          expect(rapid(after)).toBe('done');
        }
        const dueAfter: DueItem[] = (await t.call('GET', '/v1/due')).json.items;
        const onThisCase = dueAfter.filter((i) => i.recordId === incident.id || i.recordId === review.id);
        expect(onThisCase.map((i) => i.action.duty)).not.toContain('rr-complete');
        expect(onThisCase.map((i) => i.action.duty)).not.toContain('rr-send-to-panel');
      });

      it('lists an action of a case once, against the record that will record it done', async () => {
        const incident = await createIncident({ ...octoberIncident(), partnersNotified: undefined });
        const review = (
          await t.call('POST', '/v1/rapid-reviews', {
            body: { ...rapidReviewInput(incident.id), started: '2026-10-06' },
          })
        ).json;
        const items: DueItem[] = (await t.call('GET', '/v1/due')).json.items;
        const onThisCase = items.filter((i) => i.recordId === incident.id || i.recordId === review.id);
        const owners = Object.fromEntries(onThisCase.map((i) => [i.action.duty, i.recordType]));
        expect(owners).toMatchObject({
          'si-notify-partners': 'serious-incident',
          'rr-complete': 'rapid-review',
        });
        expect(onThisCase.length).toBe(new Set(onThisCase.map((i) => i.action.duty)).size);
      });

      it('never borrows facts from a linked record the caller cannot see', async () => {
        const incident = await createIncident(octoberIncident());
        await t.call('POST', '/v1/rapid-reviews', {
          token: t.tokens.admin,
          body: {
            ...rapidReviewInput(incident.id, 'E09000033'),
            started: '2026-10-06',
            completed: '2026-10-20',
          },
        });
        const mine = await t.call('GET', `/v1/serious-incidents/${incident.id}/next-actions`);
        expect(mine.json.actions.find((a: { duty: string }) => a.duty === 'rr-complete')?.status).toBe(
          'overdue',
        );
        const admins = await t.call('GET', `/v1/serious-incidents/${incident.id}/next-actions`, {
          token: t.tokens.admin,
        });
        expect(admins.json.actions.find((a: { duty: string }) => a.duty === 'rr-complete')?.status).toBe(
          'done',
        );
      });

      it('lets a child death record answer the engine’s questions about abuse, place and care', async () => {
        const death = (await t.call('POST', '/v1/child-deaths', { body: childDeathInput() })).json;
        const asked = await t.call('GET', `/v1/child-deaths/${death.id}/next-actions`);
        const facts = (r: { json: { questions: { fact: string }[] } }) => r.json.questions.map((q) => q.fact);
        expect(facts(asked)).toEqual(
          expect.arrayContaining(['incident.abuseOrNeglect', 'incident.location', 'child.lookedAfter']),
        );
        const patched = await t.call('PATCH', `/v1/child-deaths/${death.id}`, {
          body: { abuseOrNeglect: 'not-suspected', location: 'in-area', child: { lookedAfter: false } },
          headers: { 'if-match': '"1"' },
        });
        expect(patched.status).toBe(200);
        const answered = await t.call('GET', `/v1/child-deaths/${death.id}/next-actions`);
        expect(facts(answered)).not.toEqual(expect.arrayContaining(['incident.abuseOrNeglect']));
        expect(facts(answered)).not.toContain('incident.location');
        expect(facts(answered)).not.toContain('child.lookedAfter');
      });
    });

    describe('/v1/due pages like every list', () => {
      it('walks every item once with limit and cursor, in order', async () => {
        await createIncident(octoberIncident());
        const all: DueItem[] = (await t.call('GET', '/v1/due?limit=100')).json.items;
        expect(all.length).toBeGreaterThan(3);
        const seen: DueItem[] = [];
        let cursor: string | undefined;
        do {
          const page = await t.call('GET', `/v1/due?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
          expect(page.json.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.json.items);
          cursor = page.json.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all.slice(0, seen.length));
        expect(seen.length).toBe(Math.min(all.length, 100));
      });

      it('refuses a cursor it did not give (400)', async () => {
        const reply = await t.call('GET', `/v1/due?cursor=${Buffer.from('p12').toString('base64url')}`);
        expect(reply.status).toBe(400);
        expect(reply.json.type).toBe('/problems/invalid-cursor');
      });
    });

    describe('X-Request-Id', () => {
      it('echoes the caller’s id and quotes it as the problem’s instance', async () => {
        const reply = await t.call('GET', '/v1/nowhere', { headers: { 'x-request-id': 'vendor-req.42' } });
        expect(reply.headers.get('x-request-id')).toBe('vendor-req.42');
        expect(reply.json.instance).toBe('vendor-req.42');
      });

      it('makes its own when the caller’s is unsafe to echo', async () => {
        const reply = await t.call('GET', '/v1/nowhere', {
          headers: { 'x-request-id': '<script>x</script>' },
        });
        expect(reply.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        expect(reply.json.instance).toBe(`urn:uuid:${reply.headers.get('x-request-id')}`);
      });
    });
  });
});

describe.each(testBackends())('CORS on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'an allow-list of origins', () => {
    let t: TestApp;
    const allowed = 'https://cases.example.org';
    beforeAll(async () => {
      t = await startTestApp(backend, { corsOrigins: [allowed] });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers a preflight from an allowed origin without a token', async () => {
      const reply = await t.call('OPTIONS', '/v1/serious-incidents', {
        token: null,
        headers: {
          origin: allowed,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, idempotency-key',
        },
      });
      expect(reply.status).toBe(204);
      expect(reply.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(reply.headers.get('access-control-allow-methods')).toContain('PATCH');
      expect(reply.headers.get('access-control-allow-headers')).toContain('idempotency-key');
      expect(reply.headers.get('vary')).toContain('Origin');
    });

    it('refuses a preflight from any other origin', async () => {
      const reply = await t.call('OPTIONS', '/v1/serious-incidents', {
        token: null,
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(reply.status).toBe(403);
      expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets an allowed page read the answer and its ETag, and no other page', async () => {
      const mine = await t.call('GET', '/v1/duties', { headers: { origin: allowed } });
      expect(mine.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(mine.headers.get('access-control-expose-headers')).toContain('etag');
      const theirs = await t.call('GET', '/v1/duties', { headers: { origin: 'https://evil.example' } });
      expect(theirs.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
