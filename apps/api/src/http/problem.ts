import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { baseHeaders } from './security-headers.ts';

export const FieldError = z
  .object({
    index: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Position in the array, when a list of records was sent.' }),
    path: z
      .string()
      .meta({ description: 'Where the problem is, as a dotted path, for example children.0.ageYears.' }),
    pointer: z.string().meta({
      description: 'The same place as a JSON Pointer (RFC 6901), for example /children/0/ageYears.',
    }),
    message: z.string().meta({ description: 'What is wrong, in plain English.' }),
  })
  .meta({ id: 'field-error', description: 'One failing field.' });

export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with every failing field when the input was at fault. */
export const Problem = z
  .object({
    type: z.string().meta({ description: 'Identifies the kind of problem.' }),
    title: z.string().meta({ description: 'The kind of problem, in a few words.' }),
    status: z.number().int().meta({ description: 'The HTTP status code.' }),
    detail: z.string().meta({ description: 'What went wrong this time, and what to do about it.' }),
    instance: z.string().meta({ description: 'Identifies this occurrence; quote it when asking for help.' }),
    errors: z
      .array(FieldError)
      .optional()
      .meta({ description: 'Every failing field, when the input was at fault.' }),
  })
  .meta({ id: 'problem', title: 'Problem', description: 'An error, as RFC 9457 problem details.' });

export type Problem = z.infer<typeof Problem>;

export interface ProblemSpec {
  status: ContentfulStatusCode;
  /** Short kebab-case name of the kind of problem; becomes the `type` URI. */
  kind: string;
  title: string;
  detail: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemBody(spec: ProblemSpec, requestId: string): Problem {
  return {
    type: `/problems/${spec.kind}`,
    title: spec.title,
    status: spec.status,
    detail: spec.detail,
    instance: `urn:uuid:${requestId}`,
    ...(spec.errors ? { errors: spec.errors } : {}),
  };
}

export function problem(c: Context, spec: ProblemSpec, headers: Record<string, string> = {}): Response {
  const requestId = (c.get('requestId') as string | undefined) ?? crypto.randomUUID();
  return new Response(JSON.stringify(problemBody(spec, requestId)), {
    status: spec.status,
    headers: { ...baseHeaders(c), 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** The problems every route can answer, by status, for the OpenAPI document. */
export const PROBLEM_TITLES = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  412: 'Changed since you read it',
  413: 'Request too large',
  415: 'Send JSON',
  422: 'Invalid input',
  428: 'If-Match needed',
  500: 'Something went wrong on our side',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_TITLES;

export function problemResponses<const S extends readonly ProblemStatus[]>(statuses: S) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_TITLES[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } } },
    ]),
  ) as {
    [K in S[number]]: {
      description: string;
      content: { 'application/problem+json': { schema: typeof Problem } };
    };
  };
}
