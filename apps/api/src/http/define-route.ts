import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.ts';
import { problem } from './problem.ts';
import { baseHeaders } from './security-headers.ts';
import { validationProblem } from './validation-problem.ts';

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

/** A JSON response with the base headers (security, no-store, request id) in one plain object. */
export function jsonResponse(
  c: Context,
  body: unknown,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...baseHeaders(c), 'content-type': 'application/json', ...headers },
  });
}

/**
 * Like defineRoute, for a route whose handler validates the JSON body itself (next-actions: the engine
 * checks the facts, with the same field errors). The OpenAPI document still shows the body schema;
 * the body is only parsed here, not validated twice. The query is validated against its schema.
 */
export function defineRouteCheckingOwnBody(
  app: OpenAPIHono<AppEnv>,
  config: RouteConfig & { method: 'post' | 'put' },
  handler: (c: AppContext, body: unknown, query: unknown) => Promise<Response> | Response,
): void {
  app.openAPIRegistry.registerPath(config);
  const honoPath = config.path.replaceAll(/\{([\w-]+)\}/g, ':$1');
  app.on(config.method.toUpperCase(), honoPath, async (c) => {
    const query = config.request?.query?.safeParse(c.req.query());
    if (query && !query.success) return validationProblem(c, 'query', query.error);
    if (!/^application\/([\w.-]+\+)?json(;|$)/i.test(c.req.header('content-type') ?? '')) {
      return problem(c, {
        status: 415,
        kind: 'unsupported-media-type',
        title: 'Send JSON',
        detail: 'Send the body as JSON with the header Content-Type: application/json.',
      });
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problem(c, {
        status: 400,
        kind: 'malformed-json',
        title: 'Bad request',
        detail: 'The request body is not valid JSON. Check for a missing quote, comma or bracket.',
      });
    }
    return handler(c, body, query?.data);
  });
}
