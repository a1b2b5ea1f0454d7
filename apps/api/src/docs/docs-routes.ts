import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.ts';
import { SECURITY_HEADER_OBJECT } from '../http/security-headers.ts';
import { routeIndexHtml } from './route-index.ts';

/**
 * The documentation page loads only files this server serves (Swagger UI from the pinned
 * swagger-ui-dist package, and the OpenAPI document), so it works without a network, and the
 * policy forbids anything else: no CDN, no inline script, no eval.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Swagger UI 5.35.0 writes one style attribute in its markup; its hash allows exactly that one.
  "style-src 'self' 'unsafe-hashes' 'sha256-6+Ztk7Rcl5mVX/RIPtG3IRqY49MeRXtc3eg3IgRTrwk='",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The files of the page, by the name it asks for them. */
const ASSETS: Readonly<Record<string, { file?: string; text?: string; type: string }>> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  'start.js': {
    // Its own file, because the policy allows no inline script.
    text: "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#api-reference', deepLinking: true, tryItOutEnabled: false });\n",
    type: 'text/javascript; charset=utf-8',
  },
};

function page(routeIndex: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safeguarding toolkit API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="api-reference">${routeIndex}</div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/start.js"></script>
</body>
</html>
`;
}

/** GET /docs and its files. `document` gives the OpenAPI document, for the route index in the page. */
export function registerDocsRoutes(app: OpenAPIHono<AppEnv>, document: () => object): void {
  const headers = (type: string) => ({
    ...SECURITY_HEADER_OBJECT,
    'content-security-policy': DOCS_CONTENT_SECURITY_POLICY,
    'content-type': type,
  });
  const cache = new Map<string, string>();
  app.get('/docs', (c) => {
    let html = cache.get('/docs');
    if (html === undefined) {
      // Shown until the script draws the interactive reference, and instead of it with scripts off.
      html = page(routeIndexHtml(document()));
      cache.set('/docs', html);
    }
    return c.body(html, 200, headers('text/html; charset=utf-8'));
  });
  app.get('/docs/:asset', (c) => {
    const name = c.req.param('asset');
    const asset = ASSETS[name];
    if (!asset) return c.notFound();
    let text = cache.get(name);
    if (text === undefined) {
      text = asset.text ?? readFileSync(join(distDir, asset.file ?? name), 'utf8');
      cache.set(name, text);
    }
    return c.body(text, 200, { ...headers(asset.type), 'cache-control': 'public, max-age=3600' });
  });
}
