import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { PAGE_CONTENT_SECURITY_POLICY, SINGLE_FILE_NAME, SITE_FOLDER } from '@safeguarding/validator-web';
import type { AppEnv } from '../http/app-env.ts';
import { problem } from '../http/problem.ts';
import { SECURITY_HEADER_OBJECT } from '../http/security-headers.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Every file of the built page, by its path inside the folder; read once, as the page is small. */
function readSite(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(folder.length).replace(/^\/+/, ''), readFileSync(path));
  }
  return files;
}

/**
 * GET /validator: the page that checks exports in the browser (apps/validator-web). Public, as it
 * holds no data: the files a person chooses are checked in the page and never sent here, and its
 * Content-Security-Policy forbids the page any connection at all. Only the files of the built
 * folder are served, so no path can reach outside it. `folder` is for tests.
 */
export function registerValidatorPageRoutes(app: OpenAPIHono<AppEnv>, folder = SITE_FOLDER): void {
  let site: Map<string, Buffer> | undefined;
  // Relative addresses in the page (./assets/…) need the trailing slash.
  app.get('/validator', (c) => c.redirect('/validator/', 308));
  app.get('/validator/*', (c) => {
    try {
      site ??= readSite(folder);
    } catch {
      return problem(c, {
        status: 503,
        kind: 'validator-page-not-built',
        title: 'The validator page is not built',
        detail: 'This server has no built validator page: run npm run build, then start the server again.',
      });
    }
    const name = c.req.path.slice('/validator/'.length) || 'index.html';
    const body = site.get(name);
    if (body === undefined) return c.notFound();
    const headers: Record<string, string> = {
      ...SECURITY_HEADER_OBJECT,
      'content-security-policy': PAGE_CONTENT_SECURITY_POLICY,
      'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
      // Assets are named by their content's hash, so they never change; the page itself may.
      'cache-control': name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (name === SINGLE_FILE_NAME)
      headers['content-disposition'] = `attachment; filename="${SINGLE_FILE_NAME}"`;
    return c.body(new Uint8Array(body), 200, headers);
  });
}
