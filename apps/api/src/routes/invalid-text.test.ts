import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../db/test-backends.ts';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * Validation and storage accept exactly the same bodies: text the database could not keep as it was
 * sent (a lone surrogate, bytes that are not UTF-8, a field given twice) is refused by every route
 * that takes a body, naming the field, and nothing is stored.
 */
const incident = JSON.stringify(seriousIncidentInput());
const withOutline = (outline: string) =>
  incident.replace(/"caseOutline":"[^"]*"/, `"caseOutline":"${outline}"`);
const bytes = (text: string, replace: [string, number[]]) => {
  const [marker, raw] = replace;
  const [before, after] = text.split(marker) as [string, string];
  const encode = (part: string) => [...new TextEncoder().encode(part)];
  return new Uint8Array([...encode(before), ...raw, ...encode(after)]);
};

const BAD_BODIES: [string, string | Uint8Array, string, number, string | undefined][] = [
  ['a lone surrogate', withOutline('\\ud800'), 'invalid-json-text', 400, '/caseOutline'],
  ['a reversed surrogate pair', withOutline('\\udc00\\ud800'), 'invalid-json-text', 400, '/caseOutline'],
  ['a field given twice', incident.replace('{', '{"area":"E09000033",'), 'invalid-json-text', 400, '/area'],
  [
    'bytes that are not UTF-8',
    bytes(withOutline('MARK'), ['MARK', [0xff, 0xfe]]),
    'invalid-encoding',
    400,
    undefined,
  ],
  [
    'a surrogate encoded as UTF-8',
    bytes(withOutline('MARK'), ['MARK', [0xed, 0xa0, 0x80]]),
    'invalid-encoding',
    400,
    undefined,
  ],
];

describe.each(testBackends())('text that cannot be stored as sent, on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'refused everywhere', () => {
    let t: TestApp;
    let existing: string;
    beforeAll(async () => {
      t = await startTestApp(backend);
      existing = (await t.call('POST', '/v1/serious-incidents', { rawBody: incident })).json.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    const count = async () =>
      (await t.db.query<{ n: number }>('select count(*)::int as n from records')).rows[0]?.n;

    it.each(BAD_BODIES)(
      'refuses %s on every route that takes a body',
      async (_case, body, kind, status, pointer) => {
        const before = await count();
        const replies = {
          create: await t.call('POST', '/v1/serious-incidents', { rawBody: body }),
          replace: await t.call('PUT', `/v1/serious-incidents/${existing}`, {
            rawBody: body,
            headers: { 'if-match': '"1"' },
          }),
          patch: await t.call('PATCH', `/v1/serious-incidents/${existing}`, {
            rawBody: body,
            headers: { 'if-match': '"1"' },
          }),
          validate: await t.call('POST', '/v1/validate/serious-incident-input', { rawBody: body }),
          nextActions: await t.call('POST', '/v1/next-actions', { rawBody: body }),
        };
        for (const [route, reply] of Object.entries(replies)) {
          expect(reply.status, route).toBe(status);
          expect(reply.json.type, route).toBe(`/problems/${kind}`);
          if (pointer)
            expect(
              reply.json.errors.map((e: { pointer: string }) => e.pointer),
              route,
            ).toEqual([pointer]);
        }
        expect(await count()).toBe(before);
        const stored = await t.call('GET', `/v1/serious-incidents/${existing}`);
        expect(stored.json.version).toBe(1);
      },
    );

    it('stores and returns text outside the Basic Multilingual Plane and non-ASCII names exactly', async () => {
      const outline = 'Zoë said “no” 😀 — 𝄞';
      const created = await t.call('POST', '/v1/serious-incidents', {
        body: { ...seriousIncidentInput(), caseOutline: outline },
      });
      expect(created.status).toBe(201);
      const read = await t.call('GET', `/v1/serious-incidents/${created.json.id}`);
      expect(read.json.caseOutline).toBe(outline);
      const checked = await t.call('POST', '/v1/validate/serious-incident-input', {
        body: { ...seriousIncidentInput(), caseOutline: outline },
      });
      expect(checked.json.summary).toMatchObject({ records: 1, valid: 1 });
    });
  });
});
