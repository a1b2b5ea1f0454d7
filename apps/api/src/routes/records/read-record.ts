import type { AppDeps } from '../../http/app-deps.ts';
import type { Router } from '../../http/define-route.ts';
import { problemResponses } from '../../http/problem.ts';
import { namedExamples } from '../../openapi/examples.ts';
import type { RecordRouteKit } from './record-route-kit.ts';
import { ETAG_HEADER, IdParam } from './record-schemas.ts';

/** GET /v1/<collection>/{id}: one record, with its version as the ETag. */
export function readRecordRoute(router: Router, deps: AppDeps, kit: RecordRouteKit): void {
  const { entry, base } = kit;
  router.route(
    {
      method: 'get',
      path: `${base}/{id}`,
      operationId: `get-${entry.id}`,
      tag: entry.tag,
      summary: `Read a ${entry.noun}`,
      description: `The ${entry.noun}, with its version in the ETag header for a later If-Match. A record of an area your token does not hold answers 404, as a missing one does.`,
      params: IdParam,
      responses: {
        200: {
          description: `The ${entry.noun}.`,
          headers: ETAG_HEADER,
          content: {
            'application/json': { schema: entry.record, examples: namedExamples(deps.examples, entry.id) },
          },
        },
        ...problemResponses([400, 401, 403, 404, 500]),
      },
    },
    async (c, { params }) => {
      const refused = kit.refuseRole(c, 'read');
      if (refused) return refused;
      const record = await kit.readAudited(c, params.id, 'read');
      return record ? kit.recordResponse(c, record) : kit.notFound(c);
    },
  );
}
