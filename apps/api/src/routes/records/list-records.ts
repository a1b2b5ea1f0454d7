import { z } from '@hono/zod-openapi';
import { auditRequest } from '../../audit/audit-request.ts';
import { visibleAreas } from '../../auth/access.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../../http/cursor.ts';
import { jsonResponse, type Router } from '../../http/define-route.ts';
import { problemResponses } from '../../http/problem.ts';
import { namedExamples } from '../../openapi/examples.ts';
import { listRecords, toRecordJson } from '../../records/record-repository.ts';
import type { RecordRouteKit } from './record-route-kit.ts';
import { listQuery } from './record-schemas.ts';

/** GET /v1/<collection>: one page of the records the caller can see, oldest first, with filters. */
export function listRecordsRoute(router: Router, deps: AppDeps, kit: RecordRouteKit): void {
  const { db, clock, examples } = deps;
  const { entry, base } = kit;
  const Page = z
    .object({
      items: z.array(entry.record).meta({ description: 'The records on this page, oldest first.' }),
      nextCursor: z
        .string()
        .optional()
        .meta({ description: 'Pass as cursor to get the next page; absent on the last page.' }),
    })
    .meta({ id: `${entry.id}-page`, description: `A page of ${entry.noun} records.` });
  const filters = entry.links.map((link) => ({ ...link, parameter: link.field.replace(/Ids$/, 'Id') }));
  const Query = listQuery(entry);
  router.route(
    {
      method: 'get',
      path: base,
      operationId: `list-${entry.id}`,
      tag: entry.tag,
      summary: `List ${entry.noun} records`,
      description: `Only records of the areas your token holds, in the order they were created, a page at a time. Filters: area${filters.map((f) => `, ${f.parameter}`).join('')}. Any other query parameter is an error.`,
      query: Query,
      responses: {
        200: {
          description: 'A page of records.',
          content: {
            'application/json': {
              schema: Page,
              example: {
                items: Object.values(namedExamples(examples, entry.id)).map((e) => e.value),
                nextCursor: 'cDQy',
              },
            },
          },
        },
        ...problemResponses([400, 401, 403, 500]),
      },
    },
    async (c, { query }) => {
      const refused = kit.refuseRole(c, 'read');
      if (refused) return refused;
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      if (query.cursor !== undefined && after === undefined) return invalidCursor(c);
      const values = query as Record<string, unknown>;
      const links = filters.flatMap((filter) => {
        const id = values[filter.parameter];
        return typeof id === 'string' ? [{ field: filter.field, many: filter.many, id }] : [];
      });
      const page = await db.transaction(async (tx) => {
        const found = await listRecords(tx, {
          type: entry.id,
          areas: visibleAreas(c.get('caller')),
          limit: query.limit,
          links,
          ...(query.area === undefined ? {} : { area: query.area }),
          ...(after === undefined ? {} : { after }),
        });
        await auditRequest(tx, c, clock, { action: 'list', recordType: entry.id, outcome: 'ok' });
        return found;
      });
      return jsonResponse(c, {
        items: page.records.map(toRecordJson),
        ...(page.nextAfter ? { nextCursor: encodeCursor(page.nextAfter) } : {}),
      });
    },
  );
}
