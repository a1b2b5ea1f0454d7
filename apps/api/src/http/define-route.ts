import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.ts';

export type AppContext = Context<AppEnv, string>;

/**
 * Registers a route with its OpenAPI description and request validation, with a plain handler that
 * returns a Response. The library's typed responses cannot follow schemas chosen at run time (one
 * set of record routes serves every record type), so responses are checked by tests instead.
 */
export function defineRoute(
  app: OpenAPIHono<AppEnv>,
  config: RouteConfig,
  handler: (c: AppContext) => Promise<Response> | Response,
): void {
  app.openapi(config, handler as never);
}

/** The request part the route's schema validated (query, param, header or json). */
export function validated<T>(c: AppContext, target: 'query' | 'param' | 'header' | 'json'): T {
  return (c.req.valid as (target: string) => unknown)(target) as T;
}

/**
 * A JSON response built through the context, so the headers middleware prepared before the handler
 * (security headers, no-store, the request id) go into the one Response created.
 */
export function jsonResponse(
  c: Context,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    'content-type': 'application/json',
    ...headers,
  });
}
