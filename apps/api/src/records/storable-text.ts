import { z } from '@hono/zod-openapi';
import { explainIssues, type FieldError } from '@safeguarding/schemas';

/**
 * PostgreSQL cannot store the NUL character (\u0000) in text or jsonb, so a string holding one is
 * refused with the field named, rather than failing inside the database. Only called on validated
 * bodies, whose depth the schema bounds.
 */
export function unstorableTextErrors(value: unknown): FieldError[] {
  const issues: z.core.$ZodIssue[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string') {
      if (node.includes('\u0000')) {
        issues.push({
          code: 'custom',
          path,
          message: 'cannot contain the NUL character (\\u0000)',
          input: node,
        });
      }
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...path, index]);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
    }
  };
  visit(value, []);
  return issues.length === 0 ? [] : explainIssues(new z.ZodError(issues));
}
