import { z } from '@hono/zod-openapi';
import { explainIssues } from '@safeguarding/schemas';
import type { AppDeps } from '../../http/app-deps.ts';
import type { Router } from '../../http/define-route.ts';
import { firstExample, type NamedExamples } from '../../openapi/examples.ts';
import { applyMergePatch } from '../../records/merge-patch.ts';
import { changedRecordResponses, changeRecord } from './change-record.ts';
import { withoutMetadata } from './record-metadata.ts';
import type { RecordRouteKit } from './record-route-kit.ts';
import { IdParam, mergePatchSchema, UpdateHeaders } from './record-schemas.ts';

export const MERGE_PATCH_MEDIA_TYPE = 'application/merge-patch+json';

/**
 * Patch examples from the input examples: set the first optional field the example fills, and
 * remove it again with null.
 */
function patchExamples(entry: RecordRouteKit['entry'], example: unknown): NamedExamples {
  const shape: z.ZodRawShape = entry.input instanceof z.ZodObject ? entry.input.shape : {};
  const values = example as Record<string, unknown>;
  const field = Object.keys(values).find((name) => shape[name] instanceof z.ZodOptional);
  if (field === undefined) throw new Error(`no optional field in the first ${entry.id}-input example`);
  return {
    set: { summary: `Change ${field}`, value: { [field]: values[field] } },
    remove: { summary: `Remove ${field}`, value: { [field]: null } },
  };
}

/** PATCH /v1/<collection>/{id}: change some fields with a JSON Merge Patch (RFC 7396), under If-Match. */
export function patchRecordRoute(router: Router, deps: AppDeps, kit: RecordRouteKit): void {
  const { entry, base } = kit;
  router.route(
    {
      method: 'patch',
      path: `${base}/{id}`,
      operationId: `patch-${entry.id}`,
      tag: entry.tag,
      summary: `Change some fields of a ${entry.noun}`,
      description:
        'Send only the fields to change, as a JSON Merge Patch (RFC 7396): a field set to null is removed, an object merges field by field, a list replaces the whole list. Needs If-Match like PUT. The changed record must still be valid; a 422 names each field that is not.',
      params: IdParam,
      headers: UpdateHeaders,
      body: {
        schema: mergePatchSchema(entry),
        description: `The fields of the ${entry.noun} to change.`,
        mediaTypes: [MERGE_PATCH_MEDIA_TYPE],
        examples: patchExamples(entry, firstExample(deps.examples, `${entry.id}-input`)),
      },
      responses: changedRecordResponses(entry, deps),
    },
    (c, { params, headers, body }) => {
      const patch = body as Record<string, unknown>;
      return changeRecord(c, deps, kit, {
        id: params.id,
        ifMatch: headers['if-match'],
        sent: patch,
        next: (stored) => {
          const merged = applyMergePatch(stored.body, withoutMetadata(patch));
          const result = entry.input.safeParse(merged);
          return result.success
            ? { body: result.data as Record<string, unknown> }
            : { errors: explainIssues(result.error) };
        },
      });
    },
  );
}
