import type * as z from 'zod';

/**
 * Marks a field as personal data: its JSON Schema carries `x-personal-data: true`, so exports can
 * be redacted and logs can leave it out.
 */
export function personalData<T extends z.ZodType>(schema: T, description: string): T {
  return schema.meta({ description, 'x-personal-data': true });
}
