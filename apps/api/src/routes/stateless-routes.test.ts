import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../db/test-backends.ts';
import { practiceReviewInput } from '../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const facts = {
  area: 'E08000034',
  incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
  events: { laBecameAware: '2026-11-19' },
};

describe.each(testBackends())('stateless routes on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'next-actions, duties, calendar, validate', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers next-actions as of the injected today, or as of asOf', async () => {
      const today = await t.call('POST', '/v1/next-actions', { body: facts });
      expect(today.status).toBe(200);
      expect(today.json.asOf).toBe('2026-11-23');
      const notify = today.json.actions.find((a: { duty: string }) => a.duty === 'si-notify-panel');
      // Aware Thursday 19 November 2026: five working days later is Thursday 26 November.
      expect(notify).toMatchObject({ status: 'due', dueDate: '2026-11-26' });
      const later = await t.call('POST', '/v1/next-actions?asOf=2026-12-01', { body: facts });
      expect(later.json.actions.find((a: { duty: string }) => a.duty === 'si-notify-panel').status).toBe(
        'overdue',
      );
    });

    it.each([
      ['an unknown field', { ...facts, colour: 'red' }, 'colour', 'is not a known field'],
      ['a wrong type', { ...facts, child: { ageYears: 'four' } }, 'child.ageYears', undefined],
      [
        'dates out of order',
        { ...facts, events: { laBecameAware: '2026-11-19', panelNotified: '2026-11-01' } },
        'events.panelNotified',
        undefined,
      ],
    ])('rejects %s with 422 naming the field', async (_case, body, path, message) => {
      const reply = await t.call('POST', '/v1/next-actions', { body });
      expect(reply.status).toBe(422);
      expect(reply.headers.get('content-type')).toBe('application/problem+json');
      const error = reply.json.errors.find((e: { path: string }) => e.path === path);
      expect(error).toBeDefined();
      if (message) expect(error.message).toBe(message);
    });

    it('rejects a bad asOf with 400', async () => {
      const reply = await t.call('POST', '/v1/next-actions?asOf=2026-02-30', { body: facts });
      expect(reply.status).toBe(400);
      expect(reply.json.errors[0].path).toBe('asOf');
    });

    it('lists the duty catalogue', async () => {
      const reply = await t.call('GET', '/v1/duties');
      expect(reply.status).toBe(200);
      expect(reply.json.duties.map((d: { id: string }) => d.id)).toContain('si-notify-panel');
    });

    it.each([
      [
        'adds working days over Christmas',
        '?from=2026-12-24&add=1',
        { from: '2026-12-24', to: '2026-12-29', workingDays: 1 },
      ],
      [
        'counts working days',
        '?from=2026-12-24&to=2026-12-29',
        { from: '2026-12-24', to: '2026-12-29', workingDays: 1 },
      ],
      ['counts back', '?from=2026-11-23&add=-1', { from: '2026-11-23', to: '2026-11-20', workingDays: -1 }],
    ])('%s', async (_case, query, expected) => {
      const reply = await t.call('GET', `/v1/calendar/working-days${query}`);
      expect(reply.json).toEqual(expected);
    });

    it.each([
      ['neither add nor to', '?from=2026-11-23'],
      ['both add and to', '?from=2026-11-23&add=1&to=2026-11-24'],
      ['a non-number add', '?from=2026-11-23&add=one'],
      ['a bad date', '?from=23/11/2026&add=1'],
    ])('refuses working days with %s', async (_case, query) => {
      const reply = await t.call('GET', `/v1/calendar/working-days${query}`);
      expect(reply.status).toBe(400);
      expect(reply.json.errors.length).toBeGreaterThan(0);
    });

    it.each([
      [
        'the calendar: a start in year 9999',
        'GET',
        '/v1/calendar/working-days?from=9999-12-31&add=1',
        undefined,
        400,
        'from',
      ],
      [
        'the calendar: a start in year 0000',
        'GET',
        '/v1/calendar/working-days?from=0000-01-01&add=1',
        undefined,
        400,
        'from',
      ],
      [
        'the calendar: an end in year 9999',
        'GET',
        '/v1/calendar/working-days?from=2026-01-01&to=9999-12-31',
        undefined,
        400,
        'to',
      ],
      [
        'the calendar: an end in year 0000',
        'GET',
        '/v1/calendar/working-days?from=2026-01-01&to=0000-01-01',
        undefined,
        400,
        'to',
      ],
      [
        'the calendar: counting past its last year',
        'GET',
        '/v1/calendar/working-days?from=2199-12-30&add=3650',
        undefined,
        400,
        'add',
      ],
      [
        'the calendar: counting back before its first year',
        'GET',
        '/v1/calendar/working-days?from=1900-01-02&add=-3650',
        undefined,
        400,
        'add',
      ],
      [
        'next-actions: as of year 9999',
        'POST',
        '/v1/next-actions?asOf=9999-12-31',
        { events: { laBecameAware: '2026-11-19' } },
        422,
        'asOf',
      ],
      [
        'next-actions: as of year 0000',
        'POST',
        '/v1/next-actions?asOf=0000-01-01',
        { events: { laBecameAware: '2026-11-19' } },
        422,
        'asOf',
      ],
      [
        'next-actions: an event in year 9999',
        'POST',
        '/v1/next-actions',
        { events: { laBecameAware: '9999-12-31' } },
        422,
        'events.laBecameAware',
      ],
      [
        'next-actions: an event in year 0000',
        'POST',
        '/v1/next-actions',
        { events: { laBecameAware: '0000-01-01' } },
        422,
        'events.laBecameAware',
      ],
    ])(
      'refuses an extreme date in %s with a 4xx naming it',
      async (_case, method, path, body, status, field) => {
        const reply = await t.call(method, path, body === undefined ? {} : { body });
        expect(reply.status).toBe(status);
        expect(reply.headers.get('content-type')).toBe('application/problem+json');
        expect(reply.json.errors.map((e: { path: string }) => e.path)).toContain(field);
      },
    );

    it('validates one record with the validator library: every failing field, with codes', async () => {
      const reply = await t.call('POST', '/v1/validate/serious-incident-input', {
        body: { area: 'X', harm: 'serious-harm', children: [] },
      });
      expect(reply.status).toBe(200);
      expect(reply.json.summary).toMatchObject({ records: 1, valid: 0, invalid: 1 });
      expect(reply.json.summary.errors).toBe(
        Object.values(reply.json.summary.byCode as Record<string, { count: number }>).reduce(
          (sum, entry) => sum + entry.count,
          0,
        ),
      );
      const paths = reply.json.problems.map((problem: { path: string }) => problem.path);
      expect(paths).toEqual(expect.arrayContaining(['/area', '/children', '/incidentDate', '/caseOutline']));
      expect(reply.json.problems).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          code: 'SCHEMA-REQUIRED',
          message: 'caseOutline is required.',
          file: 'request body',
          record: 1,
          path: '/caseOutline',
        }),
      );
    });

    it('validates a list, numbering each record, with coded rules and statutory warnings', async () => {
      const good = practiceReviewInput();
      const reply = await t.call('POST', '/v1/validate/practice-review-input?asOf=2026-11-23', {
        body: [good, { ...good, kind: 'x' }, { ...good, publicationPlanned: '2000-01-01' }],
      });
      expect(reply.json.summary).toMatchObject({ records: 3, valid: 1, invalid: 2 });
      expect(
        reply.json.problems.filter((problem: { severity: string }) => problem.severity === 'error'),
      ).toEqual([
        expect.objectContaining({ record: 2, code: 'SCHEMA-ENUM', path: '/kind' }),
        expect.objectContaining({ record: 3, code: 'PR-002', path: '/publicationPlanned' }),
      ]);
    });

    it('validates the stored shape under its own schema id', async () => {
      const input = practiceReviewInput();
      const asStored = await t.call('POST', '/v1/validate/practice-review', { body: input });
      expect(asStored.json.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
        '/createdAt',
        '/id',
        '/updatedAt',
        '/version',
      ]);
      const asInput = await t.call('POST', '/v1/validate/practice-review-input', { body: input });
      expect(asInput.json.summary.valid).toBe(1);
    });

    it('serves each published schema at its $id path, without a token', async () => {
      const response = await t.app.request('/schemas/v1/serious-incident.schema.json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/schema+json');
      const document = (await response.json()) as { $id: string; 'x-rules': unknown[] };
      expect(new URL(document.$id).pathname).toBe('/schemas/v1/serious-incident.schema.json');
      expect(document['x-rules'].length).toBeGreaterThan(5);
      expect((await t.app.request('/schemas/v1/rules.json')).status).toBe(200);
      expect((await t.app.request('/schemas/v1/nothing.schema.json')).status).toBe(404);
    });

    it.each([
      ['an unknown schema id', '/v1/validate/pizza', 'schemaId'],
      ['a schema that is not a record', '/v1/validate/case-facts', 'schemaId'],
      ['the old shape parameter', '/v1/validate/practice-review?shape=record', 'shape'],
    ])('refuses %s with 400 naming it', async (_case, path, named) => {
      const reply = await t.call('POST', path, { body: {} });
      expect(reply.status).toBe(400);
      expect(reply.json.errors[0].path).toBe(named);
    });
  });
});
