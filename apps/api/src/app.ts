import { OpenAPIHono } from '@hono/zod-openapi';
import { RECORD_COLLECTIONS } from '@safeguarding/schemas';
import { HTTPException } from 'hono/http-exception';
import type { AuditLog } from './audit/audit-log.ts';
import { auditEventOf } from './audit/audit-request.ts';
import { AuditUnavailableError } from './audit/audit-trail.ts';
import { type CallerCache, createCallerCache } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { isConnectionError } from './db/pg-database.ts';
import { registerDocsRoutes } from './docs/docs-routes.ts';
import type { Engine } from './engine/engine.ts';
import type { AppEnv } from './http/app-env.ts';
import { authenticate } from './http/authenticate.ts';
import type { Clock } from './http/clock.ts';
import { cors } from './http/cors.ts';
import { createRouter } from './http/define-route.ts';
import { limitBody } from './http/limit-body.ts';
import { problem } from './http/problem.ts';
import { requestId } from './http/request-id.ts';
import { securityHeaders } from './http/security-headers.ts';
import { EXAMPLES } from './openapi/examples.generated.ts';
import type { Examples } from './openapi/examples.ts';
import { withFormatPatterns } from './openapi/format-patterns.ts';
import { createRecordInserter } from './records/record-inserter.ts';
import { createRecordReader } from './records/record-reader.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerDueRoute } from './routes/due-route.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerRecordRoutes } from './routes/records/register-record-routes.ts';
import { registerSchemaRoutes } from './routes/schema-routes.ts';
import { registerStatelessRoutes } from './routes/stateless-routes.ts';
import { registerValidatorPageRoutes } from './routes/validator-page-routes.ts';

export interface AppOptions {
  db: Database;
  engine: Engine;
  /** Where every access is logged (openAuditLog). */
  audit: AuditLog;
  /** Where "now" comes from. Default: the system clock. */
  clock?: Clock;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  bodyLimitBytes?: number;
  /**
   * Where looked-up tokens are kept. Default: a cache whose entries live a second, so a revocation
   * takes effect within a second even on a replica that cannot hear it (see hearRevocations).
   */
  callers?: CallerCache;
  /** Origins whose pages may call the API from a browser (CORS), for example https://cases.example.org. Default none. */
  corsOrigins?: readonly string[];
  /** The examples the documentation shows. Default: those generated from schemas/examples. */
  examples?: Examples;
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
    contact: {
      name: 'Safeguarding toolkit maintainers',
      url: 'https://safeguarding-toolkit.org/',
      email: 'maintainers@safeguarding-toolkit.org',
    },
  },
  servers: [
    {
      url: '/',
      description: 'The server this document was fetched from (start one with `safeguarding-api serve`).',
    },
  ],
  security: [{ bearerAuth: [] }],
  // Alphabetical, as the OpenAPI style rules ask; the documentation lists them in this order.
  tags: [
    { name: 'Audit', description: 'The append-only log of who read or changed which record.' },
    { name: 'Calendar', description: 'England and Wales working days.' },
    { name: 'Duties', description: 'What must be done next, and by when.' },
    { name: 'Health', description: 'Liveness and readiness.' },
    { name: 'Validation', description: 'Check records without storing them.' },
    ...RECORD_COLLECTIONS.map((entry) => ({ name: entry.tag, description: entry.tagDescription })),
  ].sort((a, b) => a.name.localeCompare(b.name)),
};

/** Builds the API. Nothing here reads the environment or the clock: everything comes in through options. */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? (() => {});
  const deps = {
    db: options.db,
    engine: options.engine,
    clock,
    audit: options.audit,
    records: createRecordReader(options.db),
    inserts: createRecordInserter(options.db),
    examples: options.examples ?? EXAMPLES,
  };
  const app = new OpenAPIHono<AppEnv>();
  const callers =
    options.callers ?? createCallerCache(options.db, { ttlMs: 1000, now: () => clock().getTime() });

  app.use('*', requestId());
  // The access log, when there is one to write (--quiet has none, and pays nothing for it).
  if (options.log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      log({
        requestId: c.get('requestId'),
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
  }
  if (options.corsOrigins && options.corsOrigins.length > 0) app.use('*', cors(options.corsOrigins));
  // JSON and problem responses carry the security headers themselves (baseHeaders); this one does not.
  app.use('/openapi.json', securityHeaders());
  app.use('/v1/*', limitBody(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES));
  app.use(
    '/v1/*',
    authenticate(
      (token) => callers.lookup(token),
      // A request without a valid token is logged too: who tried, and when, is what an audit is for.
      (c) =>
        options.audit.trail.record(
          auditEventOf(c, clock, { action: 'authenticate', outcome: 'unauthenticated' }),
        ),
    ),
  );

  const router = createRouter(app);
  registerHealthRoutes(router, deps);
  registerStatelessRoutes(router, deps);
  for (const entry of RECORD_COLLECTIONS) registerRecordRoutes(router, deps, entry);
  registerDueRoute(router, deps);
  registerAuditRoutes(router, deps);
  router.answerOtherMethods();

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `safeguarding-api token create`. It carries a role and the areas it may see.',
  });
  let document: object | undefined;
  const documentOnce = () => {
    document ??= openApiDocument(app);
    return document;
  };
  app.get('/openapi.json', (c) => c.json(documentOnce()));
  registerDocsRoutes(app, documentOnce);
  registerSchemaRoutes(app);
  registerValidatorPageRoutes(app);

  app.notFound((c) =>
    problem(c, {
      status: 404,
      kind: 'not-found',
      title: 'Not found',
      detail: 'There is nothing at this address. See /docs.',
    }),
  );

  app.onError((error, c) => {
    if (error instanceof AuditUnavailableError || isConnectionError(error)) {
      // The database is away (restarting, failing over): nothing was done that was not undone, and a
      // retry shortly will likely succeed. /readyz says the same to a load balancer.
      log({ requestId: c.get('requestId'), error: error.name, code: (error as { code?: unknown }).code });
      return problem(
        c,
        {
          status: 503,
          kind: 'database-unavailable',
          title: 'Try again shortly',
          detail:
            'The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).',
        },
        { 'retry-after': '2' },
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, {
        status: error.status,
        kind: 'bad-request',
        title: 'Bad request',
        detail: 'The request could not be read.',
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

/** The OpenAPI document of the app, as served at /openapi.json and committed as schemas/openapi.json. */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return withFormatPatterns(app.getOpenAPI31Document(OPENAPI_CONFIG));
}
