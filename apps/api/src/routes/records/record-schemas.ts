import { z } from '@hono/zod-openapi';
import { Edition, GssCode, IsoDate, type RecordRegistryEntry } from '@safeguarding/schemas';
import { optionalMetadataShape } from './record-metadata.ts';

export const IdParam = z.strictObject({
  id: z.string().meta({ param: { name: 'id', in: 'path' }, description: 'Id of the record.' }),
});

const PAGE_LIMIT_ERROR = 'must be a whole number from 1 to 100';

/** `limit` and `cursor`, the same on every list. */
export const pageQueryFields = {
  limit: z.coerce
    .number({ error: PAGE_LIMIT_ERROR })
    .int({ error: PAGE_LIMIT_ERROR })
    .min(1, { error: PAGE_LIMIT_ERROR })
    .max(100, { error: PAGE_LIMIT_ERROR })
    .default(50)
    .meta({ description: 'Items per page, 1 to 100 (default 50).' }),
  cursor: z.string().optional().meta({ description: 'nextCursor from the previous page.' }),
};

/** The list filters of a collection: its area, and each record it links to. */
export function listQuery(entry: RecordRegistryEntry) {
  const linkFilters = Object.fromEntries(
    entry.links.map((link) => [
      link.field.replace(/Ids$/, 'Id'),
      z
        .string()
        .min(1)
        .optional()
        .meta({ description: `Only records that name this ${link.to.replaceAll('-', ' ')} (by id).` }),
    ]),
  );
  return z.strictObject({
    area: GssCode.optional().meta({ description: 'Only records of this area (GSS code).' }),
    ...linkFilters,
    ...pageQueryFields,
  });
}

export const AsOfQuery = z.strictObject({
  asOf: IsoDate.optional().meta({
    description: 'Date to answer for, YYYY-MM-DD. Default: today in England.',
  }),
  edition: Edition.optional(),
});

export const CreateHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().meta({
    description:
      'Any unique string. A retry with the same key returns the first answer instead of storing a duplicate.',
  }),
});

export const UpdateHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The ETag of the version you are changing, for example "3". Required.' }),
});

export const ETAG_HEADER = {
  ETag: { description: 'The record version, for If-Match.', schema: { type: 'string' as const } },
};

/**
 * The body of PUT: the input, or the record as GET returned it. The server-managed fields are
 * accepted when they say what the server holds, and refused when they would change it.
 */
export function replacementSchema(entry: RecordRegistryEntry) {
  const input = entry.input as z.ZodObject<z.ZodRawShape>;
  return input.safeExtend(optionalMetadataShape(entry)).meta({
    id: `${entry.id}-replacement`,
    title: `${entry.noun} (replacement)`,
    description: `The whole ${entry.noun}: the input, or the record as you read it. id, version, createdAt and updatedAt may be sent back unchanged; they cannot be changed.`,
  });
}

type AnySchema = z.ZodType;

/**
 * The merge-patch form of a schema: every field optional; a field that may be absent may also be
 * null (which removes it); nested objects patch field by field, as RFC 7396 merges them.
 */
function patchOf(schema: AnySchema): AnySchema {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, AnySchema>).map(([name, field]) => {
        const optional = field instanceof z.ZodOptional;
        const inner = optional ? (field.unwrap() as AnySchema) : (field as AnySchema);
        const patched = inner instanceof z.ZodObject ? patchOf(inner) : inner;
        const described = field.meta()?.description ?? inner.meta()?.description;
        const value = optional ? patched.nullable().optional() : patched.optional();
        return [name, described ? value.meta({ description: described }) : value];
      }),
    );
    return z.strictObject(shape);
  }
  return schema;
}

/** The body of PATCH: a JSON Merge Patch (RFC 7396) of the input. */
export function mergePatchSchema(entry: RecordRegistryEntry) {
  const patch = patchOf(entry.input) as z.ZodObject<z.ZodRawShape>;
  return patch.safeExtend(optionalMetadataShape(entry)).meta({
    id: `${entry.id}-patch`,
    title: `${entry.noun} (merge patch)`,
    description: `Changes to a ${entry.noun} as a JSON Merge Patch (RFC 7396): the fields to change, null to remove an optional one. The result must still be a valid ${entry.noun}.`,
  });
}
