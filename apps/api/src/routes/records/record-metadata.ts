import type { z } from '@hono/zod-openapi';
import type { RecordRegistryEntry } from '@safeguarding/schemas';
import type { FieldError } from '../../http/problem.ts';
import type { StoredRecord } from '../../records/record-repository.ts';

/** The fields the server manages: a client may send them back, never change them. */
export const METADATA_FIELDS = ['id', 'version', 'createdAt', 'updatedAt'] as const;
type MetadataField = (typeof METADATA_FIELDS)[number];

/** The server-managed fields of a record type, optional, as its stored schema defines them. */
export function optionalMetadataShape(entry: RecordRegistryEntry): Record<MetadataField, z.ZodOptional> {
  const shape = (entry.record as z.ZodObject<z.ZodRawShape>).shape;
  const optional = (field: MetadataField) => (shape[field] as z.ZodType).optional();
  return {
    id: optional('id'),
    version: optional('version'),
    createdAt: optional('createdAt'),
    updatedAt: optional('updatedAt'),
  };
}

/** The body without the server-managed fields: what is stored. */
export function withoutMetadata(body: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...body };
  for (const field of METADATA_FIELDS) delete rest[field];
  return rest;
}

function sameInstant(a: unknown, b: string): boolean {
  return typeof a === 'string' && Date.parse(a) === Date.parse(b);
}

/**
 * Server-managed fields sent with a change that disagree with the record as stored (already checked
 * to be the version If-Match named). Absent or unchanged fields are fine.
 */
export function metadataConflicts(sent: Record<string, unknown>, stored: StoredRecord): FieldError[] {
  const conflicts: FieldError[] = [];
  const conflict = (field: MetadataField, message: string) =>
    conflicts.push({ path: field, pointer: `/${field}`, message });
  if (sent.id !== undefined && sent.id !== stored.id)
    conflict('id', 'cannot be changed: it is not this record’s id');
  if (sent.version !== undefined && sent.version !== stored.version) {
    conflict('version', 'must be the version named in If-Match, or left out');
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    if (sent[field] !== undefined && !sameInstant(sent[field], stored[field])) {
      conflict(field, 'cannot be changed: the server sets it');
    }
  }
  return conflicts;
}
