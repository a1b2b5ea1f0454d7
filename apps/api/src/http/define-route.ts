import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.ts';
import { problem } from './problem.ts';
import { baseHeaders } from './security-headers.ts';
import { validationProblem } from './validation-problem.ts';

export type AppContext = Context<AppEnv, string>;

export type Method = 'get' | 'post' | 'put' | 'patch';

type ZodObjectAny = z.ZodObject<z.ZodRawShape>;

/** A request body: its schema (for the document and, unless `checkedBy` says otherwise, for validation). */
export interface BodySpec {
  schema: z.ZodType;
  description: string;
  /** Media types accepted besides application/json (for example application/merge-patch+json). */
  mediaTypes?: readonly string[];
  /** Named examples of the body, shown in the documentation. */
  examples: Record<string, { summary: string; value: unknown }>;
  /**
   * `schema` (default): the body must pass the schema. `handler`: the handler checks it itself (the
   * engine validates case facts with its own field errors); the body is only parsed as JSON.
   */
  checkedBy?: 'schema' | 'handler';
}

/** One operation: everything the OpenAPI document says about it, and so everything that is checked. */
export interface RouteSpec {
  method: Method;
  /** OpenAPI path, for example /v1/serious-incidents/{id}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  /** Routes anyone may call (health); the rest need a bearer token. */
  public?: boolean;
  params?: ZodObjectAny;
  /** The query parameters; any other parameter is a 400 naming it. */
  query?: ZodObjectAny;
  headers?: ZodObjectAny;
  body?: BodySpec;
  responses: RouteConfig['responses'];
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : Record<string, never>;

/** What a handler receives: every part of the request, already checked against the spec. */
export interface RouteInput<S extends RouteSpec> {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  headers: Parsed<S['headers']>;
  body: S['body'] extends { checkedBy: 'handler' }
    ? unknown
    : S['body'] extends { schema: infer B }
      ? B extends z.ZodType
        ? z.output<B>
        : undefined
      : undefined;
}

export type RouteHandler<S extends RouteSpec> = (
  c: AppContext,
  input: RouteInput<S>,
) => Response | Promise<Response>;

const NO_PARAMETERS = z.strictObject({});
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json(;|$)/i;

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

function unsupportedMediaType(c: AppContext, accepted: readonly string[]): Response {
  return problem(c, {
    status: 415,
    kind: 'unsupported-media-type',
    title: 'Send JSON',
    detail: `Send the body as JSON with the header Content-Type: ${accepted.join(' or ')}.`,
  });
}

function malformedJson(c: AppContext): Response {
  return problem(c, {
    status: 400,
    kind: 'malformed-json',
    title: 'Bad request',
    detail: 'The request body is not valid JSON. Check for a missing quote, comma or bracket.',
  });
}

/**
 * Registers operations on an app: each one is described in the OpenAPI document from its spec, and
 * every request is checked against that same spec (path, query, headers, body) before its handler
 * runs. It remembers the methods of each path, so `answerOtherMethods` can answer the rest with 405.
 */
export function createRouter(app: OpenAPIHono<AppEnv>) {
  const methodsByPath = new Map<string, Set<string>>();

  function route<const S extends RouteSpec>(spec: S, handler: RouteHandler<S>): void {
    const mediaTypes = ['application/json', ...(spec.body?.mediaTypes ?? [])];
    const query = spec.query ?? NO_PARAMETERS;
    app.openAPIRegistry.registerPath({
      method: spec.method,
      path: spec.path,
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description,
      ...(spec.public ? { security: [] } : {}),
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.body
          ? {
              body: {
                required: true,
                description: spec.body.description,
                content: Object.fromEntries(
                  mediaTypes.map((type) => [
                    type,
                    { schema: spec.body?.schema ?? z.unknown(), examples: spec.body?.examples },
                  ]),
                ),
              },
            }
          : {}),
      },
      responses: spec.responses,
    });
    const honoPath = spec.path.replaceAll(/\{(\w+)\}/g, ':$1');
    const methods = methodsByPath.get(honoPath) ?? new Set<string>();
    methods.add(spec.method.toUpperCase());
    methodsByPath.set(honoPath, methods);

    app.on(spec.method.toUpperCase(), honoPath, async (c) => {
      const params = (spec.params ?? NO_PARAMETERS).safeParse(c.req.param());
      if (!params.success) return validationProblem(c, 'param', params.error);
      const queryResult = query.safeParse(c.req.query());
      if (!queryResult.success) return validationProblem(c, 'query', queryResult.error);
      const headers = spec.headers?.safeParse(c.req.header());
      if (headers && !headers.success) return validationProblem(c, 'header', headers.error);
      let body: unknown;
      if (spec.body) {
        const contentType = c.req.header('content-type') ?? '';
        const base = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
        if (!JSON_MEDIA_TYPE.test(contentType) && !mediaTypes.includes(base)) {
          return unsupportedMediaType(c, mediaTypes);
        }
        try {
          body = await c.req.json();
        } catch {
          return malformedJson(c);
        }
        if (spec.body.checkedBy !== 'handler') {
          const checked = spec.body.schema.safeParse(body);
          if (!checked.success) return validationProblem(c, 'json', checked.error);
          body = checked.data;
        }
      }
      // The parts were checked against the spec's own schemas just above, so they have its types.
      const input = {
        params: params.data,
        query: queryResult.data,
        headers: headers?.data ?? {},
        body,
      } as RouteInput<S>;
      return handler(c, input);
    });
  }

  /**
   * Every other method on a known path: OPTIONS lists the methods; anything else is 405 with Allow.
   * Call once, after every route.
   */
  function answerOtherMethods(): void {
    for (const [honoPath, methods] of methodsByPath) {
      const allow = [...methods, ...(methods.has('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
      app.all(honoPath, (c) => {
        if (c.req.method === 'OPTIONS') {
          return new Response(null, { status: 204, headers: { ...baseHeaders(c), allow } });
        }
        return problem(
          c,
          {
            status: 405,
            kind: 'method-not-allowed',
            title: 'Method not allowed',
            detail: `${c.req.method} is not allowed here. This address answers ${allow}.`,
          },
          { allow },
        );
      });
    }
  }

  return { route, answerOtherMethods };
}

export type Router = ReturnType<typeof createRouter>;
