import type { OpenAPIHono } from '@hono/zod-openapi';
import { jsonSchemaDocument, PUBLISHED_SCHEMAS, rulesDocument, SCHEMA_BASE_URL } from '@safeguarding/schemas';
import type { AppEnv } from '../http/app-env.ts';
import { baseHeaders } from '../http/security-headers.ts';

/** `/schemas/v1/`: the path part of every published schema's `$id`. */
export const SCHEMA_PATH = new URL(SCHEMA_BASE_URL).pathname;

/**
 * Serves each published JSON Schema at the path of its `$id` (and rules.json beside them), so
 * a `$id` resolves against a running API. Public (the schemas are published artefacts, with no
 * data), built once from the same code that writes schemas/json.
 */
export function registerSchemaRoutes(app: OpenAPIHono<AppEnv>): void {
  const files = new Map<string, string>(
    Object.entries(PUBLISHED_SCHEMAS).map(([id, schema]) => [
      `${id}.schema.json`,
      JSON.stringify(jsonSchemaDocument(id, schema), null, 2),
    ]),
  );
  files.set('rules.json', JSON.stringify(rulesDocument(PUBLISHED_SCHEMAS), null, 2));
  app.get(`${SCHEMA_PATH}:file`, (c) => {
    const name = c.req.param('file') ?? '';
    const file = files.get(name);
    if (file === undefined) return c.notFound();
    const type = name.endsWith('.schema.json') ? 'application/schema+json' : 'application/json';
    return new Response(file, {
      headers: { ...baseHeaders(c), 'content-type': type, 'cache-control': 'public, max-age=3600' },
    });
  });
}
