import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { PAGE_CONTENT_SECURITY_POLICY, SINGLE_FILE_NAME } from '@safeguarding/validator-web';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/app-env.ts';
import { requestId } from '../http/request-id.ts';
import { registerValidatorPageRoutes } from './validator-page-routes.ts';

// A stand-in for the built page (the real one is checked in Chromium by apps/validator-web).
const folder = mkdtempSync(join(tmpdir(), 'validator-page-'));
mkdirSync(join(folder, 'assets'));
writeFileSync(
  join(folder, 'index.html'),
  '<!doctype html><script defer src="./assets/page-1a2b.js"></script>',
);
writeFileSync(join(folder, 'assets', 'page-1a2b.js'), 'void 0;');
writeFileSync(join(folder, 'assets', 'page-1a2b.css'), 'body{}');
writeFileSync(join(folder, SINGLE_FILE_NAME), '<!doctype html>');
writeFileSync(join(tmpdir(), 'outside.txt'), 'not part of the page');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function appServing(from: string) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestId());
  registerValidatorPageRoutes(app, from);
  return app;
}
const app = appServing(folder);

describe('GET /validator', () => {
  it('sends /validator to /validator/, where the page’s relative addresses resolve', async () => {
    const reply = await app.request('/validator');
    expect(reply.status).toBe(308);
    expect(reply.headers.get('location')).toBe('/validator/');
  });

  it.each([
    { path: '/validator/', type: 'text/html; charset=utf-8', cache: 'no-cache' },
    { path: '/validator/index.html', type: 'text/html; charset=utf-8', cache: 'no-cache' },
    { path: '/validator/assets/page-1a2b.js', type: 'text/javascript; charset=utf-8', cache: 'immutable' },
    { path: '/validator/assets/page-1a2b.css', type: 'text/css; charset=utf-8', cache: 'immutable' },
  ])(
    'serves $path without a token, under the page’s Content-Security-Policy',
    async ({ path, type, cache }) => {
      const reply = await app.request(path);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe(type);
      expect(reply.headers.get('cache-control')).toContain(cache);
      expect(reply.headers.get('content-security-policy')).toBe(PAGE_CONTENT_SECURITY_POLICY);
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('forbids the page every connection, and framing', () => {
    expect(PAGE_CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(PAGE_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PAGE_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(PAGE_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('offers the single-file build as a download, not a page', async () => {
    const reply = await app.request(`/validator/${SINGLE_FILE_NAME}`);
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${SINGLE_FILE_NAME}"`);
  });

  it.each([
    '/validator/missing.js',
    '/validator/../outside.txt',
    '/validator/%2e%2e/outside.txt',
    '/validator/assets',
  ])('serves nothing outside the built files: %s', async (path) => {
    expect((await app.request(path)).status).toBe(404);
  });

  it('says plainly when the page has not been built', async () => {
    const reply = await appServing(join(folder, 'not-built')).request('/validator/');
    expect(reply.status).toBe(503);
    expect(reply.headers.get('content-type')).toBe('application/problem+json');
    expect(((await reply.json()) as { detail: string }).detail).toContain('npm run build');
  });
});
