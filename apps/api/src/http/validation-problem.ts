import type { z } from '@hono/zod-openapi';
import { explainIssues } from '@safeguarding/schemas';
import type { Context } from 'hono';
import { problem } from './problem.ts';

/** The answer to a request part that failed its schema: 422 for the body, 400 for the rest. */
export function validationProblem(c: Context, target: string, error: z.ZodError): Response {
  const body = target === 'json';
  return problem(c, {
    status: body ? 422 : 400,
    kind: body ? 'invalid-body' : `invalid-${target}`,
    title: body ? 'Invalid input' : 'Bad request',
    detail: body
      ? 'Some fields are missing or wrong. Each one is listed in errors, with what is wrong.'
      : `The request ${target === 'param' ? 'path' : target} is not valid. Each problem is listed in errors.`,
    errors: body
      ? explainIssues(error)
      : explainIssues(error).map((fieldError) =>
          fieldError.message === 'is not a known field'
            ? {
                ...fieldError,
                message: `is not a ${target === 'query' ? 'query parameter' : 'part'} of this route`,
              }
            : fieldError,
        ),
  });
}
