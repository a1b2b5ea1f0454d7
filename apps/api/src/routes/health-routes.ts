import { z } from '@hono/zod-openapi';
import type { AppDeps } from '../http/app-deps.ts';
import { jsonResponse, type Router } from '../http/define-route.ts';
import { Problem, problem, problemResponses } from '../http/problem.ts';

const Health = z
  .object({
    status: z
      .enum(['ok', 'ready'])
      .meta({ description: 'ok: the process is up; ready: it can reach its database.' }),
  })
  .meta({ id: 'health', description: 'Health of this API process.' });

export function registerHealthRoutes(router: Router, deps: AppDeps): void {
  router.route(
    {
      method: 'get',
      path: '/healthz',
      operationId: 'healthz',
      tag: 'Health',
      summary: 'Is the process up',
      description: 'Liveness: answers as long as the process runs. Needs no token.',
      public: true,
      responses: {
        200: {
          description: 'Up.',
          content: { 'application/json': { schema: Health, example: { status: 'ok' } } },
        },
        ...problemResponses([400, 500]),
      },
    },
    (c) => jsonResponse(c, { status: 'ok' }),
  );

  router.route(
    {
      method: 'get',
      path: '/readyz',
      operationId: 'readyz',
      tag: 'Health',
      summary: 'Can it serve requests (database reachable)',
      description: 'Readiness: answers ready when the database answers. Needs no token.',
      public: true,
      responses: {
        200: {
          description: 'Ready.',
          content: { 'application/json': { schema: Health, example: { status: 'ready' } } },
        },
        ...problemResponses([400]),
        503: {
          description: 'The database cannot be reached.',
          content: {
            'application/problem+json': {
              schema: Problem,
              example: {
                type: '/problems/database-unreachable',
                title: 'Not ready',
                status: 503,
                detail: 'The database cannot be reached. Try again shortly.',
                instance: 'urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42',
              },
            },
          },
        },
      },
    },
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
