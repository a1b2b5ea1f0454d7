import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { testBackends } from '../db/test-backends.ts';
import { defaultEngine } from '../engine/default-engine.ts';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.ts';

const facts = { events: { laBecameAware: '2026-11-19' } };

function expectProblem(
  reply: { status: number; headers: Headers; json: Record<string, unknown> },
  status: number,
) {
  expect(reply.status).toBe(status);
  expect(reply.headers.get('content-type')).toBe('application/problem+json');
  expect(reply.json).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(reply.json.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
}

describe.each(testBackends())('errors and security on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'problem+json', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(backend, { bodyLimitBytes: 64 * 1024 });
    });
    afterAll(async () => {
      await t?.close();
    });

    it.each([
      ['no Authorization header', null, undefined, 'Bearer realm="safeguarding"'],
      [
        'a Basic credential',
        null,
        { authorization: 'Basic dXNlcjpwYXNz' },
        'Bearer realm="safeguarding", error="invalid_token"',
      ],
      [
        'an unknown token',
        'sg_not-a-real-token',
        undefined,
        'Bearer realm="safeguarding", error="invalid_token"',
      ],
    ])('answers 401 with WWW-Authenticate for %s', async (_case, token, headers, challenge) => {
      const reply = await t.call('GET', '/v1/duties', { token, ...(headers ? { headers } : {}) });
      expectProblem(reply, 401);
      expect(reply.headers.get('www-authenticate')).toBe(challenge);
    });

    it.each([
      ['its last character changed', (s: string) => `${s.slice(0, -1)}${s.endsWith('a') ? 'b' : 'a'}`],
      ['a character dropped', (s: string) => s.slice(1)],
      ['a second token appended', (s: string) => `${s} ${s}`],
      ['its stored hash sent instead', (s: string) => createHash('sha256').update(s).digest('hex')],
    ])('refuses a token with %s', async (_case, tamper) => {
      expectProblem(await t.call('GET', '/v1/duties', { token: tamper(t.tokens.admin) }), 401);
    });

    it('answers malformed JSON with 400', async () => {
      const reply = await t.call('POST', '/v1/next-actions', { rawBody: '{"events": {' });
      expectProblem(reply, 400);
    });

    it.each([
      ['text/plain', 'text/plain'],
      ['form data', 'application/x-www-form-urlencoded'],
    ])('answers a %s body with 415', async (_case, contentType) => {
      const reply = await t.call('POST', '/v1/next-actions', {
        rawBody: JSON.stringify(facts),
        headers: { 'content-type': contentType },
      });
      expectProblem(reply, 415);
    });

    it('answers an oversize body with 413, before parsing it', async () => {
      const reply = await t.call('POST', '/v1/validate/serious-incident', {
        body: Array.from({ length: 200 }, () => seriousIncidentInput()),
      });
      expectProblem(reply, 413);
    });

    it.each([
      ['arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
      ['objects', (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`],
    ])('survives deeply nested %s and keeps serving', async (_case, nest) => {
      // Each route refuses a body of the wrong shape with a 422 (the validator too: no record nests so deep).
      for (const path of ['/v1/next-actions', '/v1/validate/serious-incident', '/v1/serious-incidents']) {
        const reply = await t.call('POST', path, { rawBody: nest(10_000) });
        expect(reply.status, path).toBe(422);
        expect(reply.headers.get('content-type'), path).toBe('application/problem+json');
      }
      expect((await t.call('GET', '/v1/duties')).status).toBe(200);
    });

    it('names every failing field without echoing the values sent', async () => {
      const secret = 'Jane Doe, 12 Acacia Avenue';
      const reply = await t.call('POST', '/v1/serious-incidents', {
        body: {
          ...seriousIncidentInput(),
          caseOutline: 42,
          children: [{ reference: secret }],
          surname: secret,
        },
      });
      expectProblem(reply, 422);
      expect(reply.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(
        ['/caseOutline', '/children/0/reference', '/surname'].sort(),
      );
      expect(reply.text).not.toContain('Acacia');
    });

    it('answers an unknown address with a 404 problem', async () => {
      expectProblem(await t.call('GET', '/v1/nowhere'), 404);
    });

    it('sets security headers and no-store', async () => {
      const reply = await t.call('GET', '/v1/duties');
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(reply.headers.get('strict-transport-security')).toContain('max-age=');
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('turns an unexpected failure into a 500 with a correlation id only, and logs no message', async () => {
      const lines: Record<string, unknown>[] = [];
      const broken = createApp({
        db: t.db,
        audit: t.audit,
        clock: () => TEST_NOW,
        log: (line) => lines.push(line),
        engine: {
          ...defaultEngine,
          nextActions: () => {
            throw new Error('secret detail: child CHILD-001 at 12 Acacia Avenue');
          },
        },
      });
      const response = await broken.request('/v1/next-actions', {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.partner}`, 'content-type': 'application/json' },
        body: JSON.stringify(facts),
      });
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(text).not.toMatch(/secret|Acacia|at .*\.ts/);
      const body = JSON.parse(text);
      expect(body.instance).toMatch(/^urn:uuid:/);
      expect(JSON.stringify(lines)).not.toMatch(/secret|Acacia|CHILD/);
      expect(lines.some((line) => line.error === 'Error' && body.instance.endsWith(line.requestId))).toBe(
        true,
      );
    });

    it('serves the OpenAPI document and the docs page without a token', async () => {
      const doc = await t.app.request('/openapi.json');
      expect(doc.status).toBe(200);
      expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
      const docs = await t.app.request('/docs');
      expect(docs.status).toBe(200);
      const page = await docs.text();
      expect(page).toContain('/openapi.json');
      // Every route is listed in the page itself, so the docs work without the CDN script.
      const document = (await (await t.app.request('/openapi.json')).json()) as { paths: object };
      const paths = Object.keys(document.paths);
      expect(paths.length).toBeGreaterThan(20);
      for (const path of paths) expect(page, path).toContain(`<code>${path}</code>`);
    });

    it.each([
      ['/healthz', { status: 'ok' }],
      ['/readyz', { status: 'ready' }],
    ])('answers %s without a token', async (path, expected) => {
      const reply = await t.call('GET', path, { token: null });
      expect(reply.json).toEqual(expected);
    });
  });
});
