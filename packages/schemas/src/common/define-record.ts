import * as z from 'zod';
import { recordMetadataFields } from './record-metadata.ts';

/** A record cannot be changed before it was created (offsets differ, so compare instants, not text). */
function checkTimestamps(value: { createdAt: string; updatedAt: string }, ctx: z.RefinementCtx): void {
  const created = Date.parse(value.createdAt);
  const updated = Date.parse(value.updatedAt);
  if (!Number.isNaN(created) && !Number.isNaN(updated) && updated < created) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'cannot be before createdAt' });
  }
}

type Check<Shape extends z.ZodRawShape> = (value: z.output<z.ZodObject<Shape>>, ctx: z.RefinementCtx) => void;

/**
 * Builds the two schemas of one record type from one field list and one set of cross-field
 * checks: `<type>-input` (the create or replace body) and `<type>` (the stored record, which adds
 * id, version and timestamps). Both reject unknown fields.
 */
export function defineRecord<const Shape extends z.ZodRawShape>(spec: {
  type: string;
  title: string;
  description: string;
  shape: Shape;
  check?: Check<Shape>;
  /** The cross-field rules JSON Schema can express, added to both generated schemas. */
  jsonSchema?: Record<string, unknown>;
  /** The rules only `check` enforces (JSON Schema cannot compare two fields), in words, for readers of the JSON Schema. */
  rulesOnlyCheckedByTheToolkit?: readonly string[];
}) {
  const check: Check<Shape> = spec.check ?? (() => {});
  const toolkitOnly = spec.rulesOnlyCheckedByTheToolkit ?? [];
  const rulesNote = (rules: readonly string[]) =>
    rules.length === 0
      ? ''
      : ` The toolkit also checks rules plain JSON Schema cannot express: ${rules.join('; ')}.`;
  const input = z
    .strictObject(spec.shape)
    .superRefine((value, ctx) => check(value, ctx))
    .meta({
      id: `${spec.type}-input`,
      title: `${spec.title} (input)`,
      description: `${spec.description} This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt.${rulesNote(toolkitOnly)}`,
      ...spec.jsonSchema,
    });
  const record = z
    .strictObject({ ...recordMetadataFields, ...spec.shape })
    .superRefine((value, ctx) => {
      check(value as z.output<z.ZodObject<Shape>>, ctx);
      checkTimestamps(value as { createdAt: string; updatedAt: string }, ctx);
    })
    .meta({
      id: spec.type,
      title: spec.title,
      description: `${spec.description}${rulesNote([...toolkitOnly, 'updatedAt cannot be before createdAt'])}`,
      ...spec.jsonSchema,
    });
  return { input, record };
}
