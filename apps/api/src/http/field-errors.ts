import type * as z from 'zod';
import type { FieldError } from './problem.ts';

/**
 * Turns zod issues into field errors with a dotted path and a JSON Pointer.
 * TODO(schemas): switch to `explainIssues` from @safeguarding/schemas once it is exported.
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const segments = issue.path.map(String);
    return {
      path: segments.join('.'),
      pointer:
        segments.length === 0
          ? ''
          : `/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`,
      message: issue.message,
    };
  });
}
