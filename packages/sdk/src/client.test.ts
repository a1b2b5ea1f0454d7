import { type ApiServer, HOME_AREA, OTHER_AREA, startApiServer, storages } from '@safeguarding/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, SafeguardingApiError, SafeguardingConflictError } from './index.ts';
import type { RecordResource } from './record-resource.ts';
import type {
  RecordInput,
  RecordListQuery,
  RecordReplacement,
  RecordTypeId,
  SeriousIncidentInput,
} from './types.ts';

const incident = (outline = 'Fictional outline.'): SeriousIncidentInput => ({
  area: HOME_AREA,
  notifier: { role: 'Head of Service, Safeguarding' },
  incidentType: 'serious-harm',
  harm: 'serious-harm',
  abuseOrNeglect: 'suspected',
  location: 'in-area',
  incidentDate: '2026-10-01',
  laBecameAware: '2026-10-02',
  children: [{ reference: 'CHILD-001', ageYears: 4 }],
  caseOutline: outline,
});

describe.each(storages())('the SDK against the real API on $name', ({ storage, skip }) => {
  const suite = skip ? describe.skip : describe;
  suite(skip ?? 'every job a vendor does', () => {
    let api: ApiServer;
    beforeAll(async () => {
      if (!storage) throw new Error('no storage');
      api = await startApiServer(storage);
    }, 60_000);
    afterAll(async () => {
      await api?.stop();
    });
    const client = (token = api.tokens.home, more: Parameters<typeof createClient>[0] | object = {}) =>
      createClient({ baseUrl: api.url, token, retryDelayMs: 1, ...more });

    /** One valid input per collection; records that link to an incident name `incidentId`. */
    const inputs = (incidentId: string): { [Id in RecordTypeId]: RecordInput<Id> } => ({
      'safeguarding-partnership': {
        area: HOME_AREA,
        areas: [HOME_AREA],
        name: 'Example Safeguarding Children Partnership',
        regime: 'safeguarding-partners',
        arrangementsPublished: '2026-01-10',
      },
      'serious-incident': incident(),
      'rapid-review': { area: HOME_AREA, seriousIncidentId: incidentId, started: '2026-10-06' },
      'practice-review': {
        area: HOME_AREA,
        kind: 'lcspr',
        seriousIncidentIds: [incidentId],
        initiated: '2026-11-10',
        publicationPlanned: '2027-05-01',
      },
      'child-death': {
        area: HOME_AREA,
        child: { reference: 'CD-2026-17', ageYears: 2, sex: 'female' },
        dateOfDeath: '2026-11-04',
        placeOfDeath: 'hospital',
        expected: false,
        jointAgencyResponse: {
          triggered: true,
          criterion: 'sudden-no-apparent-cause',
          started: '2026-11-04',
        },
      },
    });

    // Generic over the record type, so the compiler cannot see each type's own fits; the type tests check those.
    it('creates, reads, replaces, patches, lists and asks next actions of every record type', async () => {
      const sg = client();
      const root = await sg.seriousIncidents.create(incident());
      const bodies = inputs(root.id);
      const check = async <Id extends RecordTypeId>(
        resource: RecordResource<Id>,
        input: RecordInput<Id>,
        patch: Parameters<RecordResource<Id>['patch']>[1],
      ) => {
        const created = await resource.create(input);
        expect(created).toMatchObject({ version: 1 });
        const got = await resource.get(created.id);
        expect(got).toEqual(created);
        const replaced = await resource.update(created.id, got as RecordReplacement<Id>, {
          version: got.version,
        });
        expect(replaced.version).toBe(2);
        const patched = await resource.patch(created.id, patch, { version: replaced.version });
        expect(patched.version).toBe(3);
        const listed = [];
        for await (const record of resource.list({ area: HOME_AREA } as RecordListQuery<Id>))
          listed.push(record.id);
        expect(listed).toContain(created.id);
        const answer = await resource.nextActions(created.id, { asOf: '2026-11-23' });
        expect(answer.asOf).toBe('2026-11-23');
        return patched;
      };
      expect(
        (await check(sg.partnerships, bodies['safeguarding-partnership'], { name: 'Renamed Partnership' }))
          .name,
      ).toBe('Renamed Partnership');
      expect(
        (await check(sg.seriousIncidents, bodies['serious-incident'], { panelNotified: '2026-10-05' }))
          .panelNotified,
      ).toBe('2026-10-05');
      expect(
        (await check(sg.rapidReviews, bodies['rapid-review'], { completed: '2026-10-20' })).completed,
      ).toBe('2026-10-20');
      expect(
        (await check(sg.practiceReviews, bodies['practice-review'], { publicationPlanned: null }))
          .publicationPlanned,
      ).toBeUndefined();
      expect(
        (await check(sg.childDeaths, bodies['child-death'], { abuseOrNeglect: 'not-suspected' }))
          .abuseOrNeglect,
      ).toBe('not-suspected');
    });

    it('lists every record across pages, with the filters the API documents', async () => {
      const sg = client();
      const root = await sg.seriousIncidents.create(incident());
      const made: string[] = [];
      for (let i = 0; i < 5; i++)
        made.push((await sg.rapidReviews.create(inputs(root.id)['rapid-review'])).id);
      const seen: string[] = [];
      for await (const review of sg.rapidReviews.list({ seriousIncidentId: root.id, limit: 2 }))
        seen.push(review.id);
      expect(seen).toEqual(made);
    });

    it('answers the stateless questions: next actions, due, duties, validate, working days', async () => {
      const sg = client();
      const answer = await sg.nextActions(
        {
          incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
          events: { laBecameAware: '2026-11-19' },
        },
        { asOf: '2026-11-23' },
      );
      expect(answer.actions.find((a) => a.duty === 'si-notify-panel')?.dueDate).toBe('2026-11-26');
      await sg.seriousIncidents.create(incident());
      const page = await sg.due({ limit: 1 });
      expect(page.items).toHaveLength(1);
      expect(page.nextCursor).toEqual(expect.any(String));
      const next = await sg.due({ limit: 1, cursor: page.nextCursor });
      expect(next.items[0]).not.toEqual(page.items[0]);
      expect((await sg.duties()).map((d) => d.id)).toContain('si-notify-panel');
      const report = await sg.validate('serious-incident-input', [
        incident(),
        { ...incident(), harm: 'sad' },
      ]);
      expect(report.summary).toMatchObject({ records: 2, valid: 1, invalid: 1, errors: 1 });
      expect(report.problems.find((problem) => problem.severity === 'error')).toMatchObject({
        record: 2,
        path: '/harm',
      });
      expect(await sg.workingDays({ from: '2026-12-24', add: 1 })).toEqual({
        from: '2026-12-24',
        to: '2026-12-29',
        workingDays: 1,
      });
    });

    it('turns a stale version into a conflict error carrying the current version', async () => {
      const sg = client();
      const created = await sg.seriousIncidents.create(incident());
      await sg.seriousIncidents.patch(
        created.id,
        { caseOutline: 'Someone else changed it.' },
        { version: 1 },
      );
      const error = await sg.seriousIncidents
        .update(created.id, { ...incident(), panelNotified: '2026-10-05' }, { version: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SafeguardingConflictError);
      expect(error).toMatchObject({ status: 412, currentVersion: 2, type: '/problems/stale-version' });
    });

    it('names every failing field of an invalid record', async () => {
      const error = await client()
        .seriousIncidents.create({ ...incident(), laBecameAware: '2026-02-30' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SafeguardingApiError);
      expect(error).toMatchObject({
        status: 422,
        errors: expect.arrayContaining([expect.objectContaining({ path: 'laBecameAware' })]),
      });
      expect((error as SafeguardingApiError).requestId).toEqual(
        (error as SafeguardingApiError).instance?.replace('urn:uuid:', ''),
      );
    });

    it('makes exactly one record when a create is retried after its answer was lost', async () => {
      const outline = `Lost answer ${Math.random()}`;
      let dropped = 0;
      // The request reaches the server and is stored; the answer is lost on the way back.
      const dropFirstAnswer = async (request: Request) => {
        const response = await fetch(request);
        if (request.method === 'POST' && dropped === 0) {
          dropped++;
          await response.body?.cancel();
          throw new TypeError('fetch failed: connection reset');
        }
        return response;
      };
      const sg = client(api.tokens.home, { fetch: dropFirstAnswer });
      const created = await sg.seriousIncidents.create(incident(outline));
      expect(dropped).toBe(1);
      const matching = [];
      for await (const record of client().seriousIncidents.list({ limit: 100 })) {
        if (record.caseOutline === outline) matching.push(record.id);
      }
      expect(matching).toEqual([created.id]);
    });

    it('answers 401 for an unknown token, and 404 for a record of another area', async () => {
      const unknown = await client('sg_not-a-token')
        .duties()
        .catch((e: unknown) => e);
      expect(unknown).toMatchObject({
        name: 'SafeguardingApiError',
        status: 401,
        type: '/problems/invalid-token',
      });
      const mine = await client().seriousIncidents.create(incident());
      const theirs = await client(api.tokens.other)
        .seriousIncidents.get(mine.id)
        .catch((e: unknown) => e);
      expect(theirs).toMatchObject({ status: 404, type: '/problems/not-found' });
      expect(JSON.stringify(theirs)).not.toContain('CHILD-001');
      const elsewhere = await client(api.tokens.admin).seriousIncidents.create({
        ...incident(),
        area: OTHER_AREA,
      });
      expect(elsewhere.area).toBe(OTHER_AREA);
    });

    it('answers a method the API does not have with 405 and Allow, and a preflight without a token', async () => {
      const wrong = await fetch(`${api.url}/v1/serious-incidents`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${api.tokens.home}` },
      });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('POST, GET, HEAD, OPTIONS');
      const options = await fetch(`${api.url}/v1/serious-incidents`, { method: 'OPTIONS' });
      expect(options.status).toBe(204);
    });
  });
});

describe.each(storages())('CORS on the real API on $name', ({ storage, skip }) => {
  const suite = skip ? describe.skip : describe;
  suite(skip ?? 'a page of an allowed origin', () => {
    let api: ApiServer;
    const origin = 'http://cases.example.org';
    beforeAll(async () => {
      if (!storage) throw new Error('no storage');
      api = await startApiServer(storage, { corsOrigins: [origin] });
    }, 60_000);
    afterAll(async () => {
      await api?.stop();
    });

    it('answers its preflight without a token, and no one else’s', async () => {
      const preflight = (from: string) =>
        fetch(`${api.url}/v1/serious-incidents`, {
          method: 'OPTIONS',
          headers: {
            origin: from,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type,idempotency-key,x-request-id',
          },
        });
      const allowed = await preflight(origin);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      const refused = await preflight('http://elsewhere.example');
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
