import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cachedCallerLookup } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { routeIndexHtml } from './docs/route-index.ts';
import type { Engine } from './engine/engine.ts';
import type { AppEnv } from './http/app-env.ts';
import { authenticate } from './http/authenticate.ts';
import type { Clock } from './http/clock.ts';
import { limitBody } from './http/limit-body.ts';
import { problem } from './http/problem.ts';
import { securityHeaders } from './http/security-headers.ts';
import { validationProblem } from './http/validation-problem.ts';
import { RESOURCES } from './records/resources.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerDueRoute } from './routes/due-route.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerRecordRoutes } from './routes/record-routes.ts';
import { registerSchemaRoutes } from './routes/schema-routes.ts';
import { registerStatelessRoutes } from './routes/stateless-routes.ts';
import { registerValidateRoute } from './routes/validate-route.ts';

export interface AppOptions {
  db: Database;
  engine: Engine;
  /** Where "now" comes from. Default: the system clock. */
  clock?: Clock;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** How long a looked-up token is trusted before it is checked again. Default 5 s. */
  tokenCacheTtlMs?: number;
  /** One line per request and per unexpected error. Never given bodies, tokens or personal data. */
  log?: (entry: Record<string, unknown>) => void;
}

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export const OPENAPI_CONFIG: Parameters<OpenAPIHono['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Safeguarding toolkit API',
    version: '1.0.0',
    description:
      "Reference API for England's multi-agency child-safeguarding duties: records of partnerships, serious incidents, rapid reviews, practice reviews and child deaths; what is due on each case and by when; the duty catalogue; the working-day calendar; and record validation. Every request needs a bearer token scoped to a role and to local authority areas. Errors are RFC 9457 problem details listing every failing field.",
    license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  },
  servers: [
    {
      url: '/',
      description: 'The server this document was fetched from (start one with `safeguarding-api serve`).',
    },
  ],
  security: [{ bearerAuth: [] }],
  tags: [
    { name: 'Duties', description: 'What must be done next, and by when.' },
    { name: 'Calendar', description: 'England and Wales working days.' },
    { name: 'Validation', description: 'Check records without storing them.' },
    {
      name: 'Partnerships',
      description: 'Published safeguarding arrangements, with their partners and relevant agencies.',
    },
    { name: 'Serious incidents', description: 'Serious incident notifications.' },
    { name: 'Rapid reviews', description: 'Rapid reviews of serious incidents.' },
    {
      name: 'Practice reviews',
      description: 'Local and national practice reviews, and historic serious case reviews.',
    },
    { name: 'Child deaths', description: 'Child death review records.' },
    { name: 'Audit', description: 'The append-only log of who read or changed which record.' },
    { name: 'Health', description: 'Liveness and readiness.' },
  ],
};

/** Builds the API. Nothing here reads the environment or the clock: everything comes in through options. */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? (() => {});
  const deps = { db: options.db, engine: options.engine, clock };

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) =>
      result.success ? undefined : validationProblem(c, result.target, result.error),
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('requestId', crypto.randomUUID());
    await next();
    log({
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  // JSON and problem responses carry the security headers themselves (baseHeaders); these two do not.
  app.use('/docs', securityHeaders());
  app.use('/openapi.json', securityHeaders());
  app.use('/v1/*', limitBody(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES));
  app.use(
    '/v1/*',
    authenticate(
      cachedCallerLookup(options.db, {
        ttlMs: options.tokenCacheTtlMs ?? 5000,
        now: () => clock().getTime(),
      }),
    ),
  );

  registerHealthRoutes(app, deps);
  registerStatelessRoutes(app, deps);
  registerValidateRoute(app, deps);
  registerSchemaRoutes(app);
  for (const resource of RESOURCES) registerRecordRoutes(app, deps, resource);
  registerDueRoute(app, deps);
  registerAuditRoutes(app, deps);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `safeguarding-api token create`. It carries a role and the areas it may see.',
  });
  app.doc31('/openapi.json', OPENAPI_CONFIG);
  // Scalar's page loads its script from a CDN; the route index inside it keeps /docs useful offline.
  const scalarPage = new Hono().get(
    '/docs',
    Scalar({ url: '/openapi.json', pageTitle: 'Safeguarding toolkit API' }),
  );
  let docsPage: string | undefined;
  app.get('/docs', async (c) => {
    if (docsPage === undefined) {
      const page = await (await scalarPage.request('/docs')).text();
      docsPage = page.replace(
        '<div id="app"></div>',
        `<div id="app">${routeIndexHtml(openApiDocument(app))}</div>`,
      );
    }
    return c.html(docsPage);
  });

  app.notFound((c) =>
    problem(c, {
      status: 404,
      kind: 'not-found',
      title: 'Not found',
      detail: 'There is nothing at this address. See /docs.',
    }),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const malformed = error.status === 400;
      return problem(c, {
        status: error.status,
        kind: malformed ? 'malformed-json' : error.status === 415 ? 'unsupported-media-type' : 'bad-request',
        title: malformed ? 'Bad request' : error.status === 415 ? 'Send JSON' : 'Bad request',
        detail: malformed
          ? 'The request body is not valid JSON. Check for a missing quote, comma or bracket.'
          : error.status === 415
            ? 'Send the body as JSON with the header Content-Type: application/json.'
            : 'The request could not be read.',
      });
    }
    // Only the error's class name and code: messages can quote the values that caused them.
    log({ requestId: c.get('requestId'), error: error.name, code: (error as { code?: unknown }).code });
    return problem(c, {
      status: 500,
      kind: 'internal-error',
      title: 'Something went wrong on our side',
      detail:
        'The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.',
    });
  });
  return app;
}

/** The OpenAPI document of the app, as served at /openapi.json. */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}
