import type { AppDeps } from '../../http/app-deps.ts';
import type { Router } from '../../http/define-route.ts';
import { namedExamples } from '../../openapi/examples.ts';
import { changedRecordResponses, changeRecord } from './change-record.ts';
import { withoutMetadata } from './record-metadata.ts';
import type { RecordRouteKit } from './record-route-kit.ts';
import { IdParam, replacementSchema, UpdateHeaders } from './record-schemas.ts';

/** PUT /v1/<collection>/{id}: replace a record, under If-Match; the GET representation is accepted as it is. */
export function replaceRecordRoute(router: Router, deps: AppDeps, kit: RecordRouteKit): void {
  const { entry, base } = kit;
  router.route(
    {
      method: 'put',
      path: `${base}/{id}`,
      operationId: `replace-${entry.id}`,
      tag: entry.tag,
      summary: `Replace a ${entry.noun}`,
      description:
        'Send the whole record with If-Match set to the ETag you read. The record exactly as GET returned it is accepted: id, version, createdAt and updatedAt are checked and ignored, and a 422 names any you changed. If someone changed the record since, you get 412 with the current ETag: read it again and reapply your change.',
      params: IdParam,
      headers: UpdateHeaders,
      body: {
        schema: replacementSchema(entry),
        description: `The whole ${entry.noun}.`,
        examples: {
          ...namedExamples(deps.examples, entry.id),
          ...Object.fromEntries(
            Object.entries(namedExamples(deps.examples, `${entry.id}-input`)).map(([name, example]) => [
              `${name}-input`,
              { summary: `${example.summary} (input form)`, value: example.value },
            ]),
          ),
        },
      },
      responses: changedRecordResponses(entry, deps),
    },
    (c, { params, headers, body }) => {
      const sent = body as Record<string, unknown>;
      return changeRecord(c, deps, kit, {
        id: params.id,
        ifMatch: headers['if-match'],
        sent,
        next: () => ({ body: withoutMetadata(sent) }),
      });
    },
  );
}
