import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, jsonResponse } from '../http/define-route.ts';
import { problem, problemResponses } from '../http/problem.ts';

const Health = z
  .object({
    status: z
      .enum(['ok', 'ready'])
      .meta({ description: 'ok: the process is up; ready: it can reach its database.' }),
  })
  .meta({ id: 'health', description: 'Health of this API process.' });

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'healthz',
      tags: ['Health'],
      summary: 'Is the process up',
      security: [],
      responses: {
        200: { description: 'Up.', content: { 'application/json': { schema: Health } } },
        ...problemResponses([500]),
      },
    }),
    (c) => jsonResponse(c, { status: 'ok' }),
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'readyz',
      tags: ['Health'],
      summary: 'Can it serve requests (database reachable)',
      security: [],
      responses: {
        200: { description: 'Ready.', content: { 'application/json': { schema: Health } } },
        503: {
          description: 'The database cannot be reached.',
          content: {
            'application/problem+json': {
              schema: problemResponses([500])[500].content['application/problem+json'].schema,
            },
          },
        },
      },
    }),
    async (c) => {
      try {
        await deps.db.query('select 1');
        return jsonResponse(c, { status: 'ready' });
      } catch {
        return problem(c, {
          status: 503,
          kind: 'database-unreachable',
          title: 'Not ready',
          detail: 'The database cannot be reached. Try again shortly.',
        });
      }
    },
  );
}
