import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { baseHeaders } from './security-headers.ts';

export const FieldError = z
  .object({
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
    instance: z.string().meta({
      description:
        'Identifies this occurrence: the request id (X-Request-Id), as urn:uuid:<id> when it is a UUID. Quote it when asking for help.',
    }),
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The problem's `instance`: the request id, so a report can be matched to the caller's own logs and
 * ours. A UUID reads as a URN; any other id (letters, digits and `-._~` only) is a relative URI.
 */
export function problemInstance(requestId: string): string {
  return UUID.test(requestId) ? `urn:uuid:${requestId}` : requestId;
}

export function problemBody(spec: ProblemSpec, requestId: string): Problem {
  return {
    type: `/problems/${spec.kind}`,
    title: spec.title,
    status: spec.status,
    detail: spec.detail,
    instance: problemInstance(requestId),
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
  405: 'Method not allowed',
  412: 'Changed since you read it',
  413: 'Request too large',
  415: 'Send JSON',
  422: 'Invalid input',
  428: 'If-Match needed',
  500: 'Something went wrong on our side',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_TITLES;

/** One example problem per status, so the documentation shows what each looks like. */
const PROBLEM_EXAMPLES: Record<ProblemStatus, Omit<ProblemSpec, 'status' | 'title'>> = {
  400: {
    kind: 'invalid-query',
    detail: 'The request query is not valid. Each problem is listed in errors.',
    errors: [{ path: 'limt', pointer: '/limt', message: 'is not a query parameter of this route' }],
  },
  401: {
    kind: 'missing-token',
    detail: 'Send your API token in an Authorization header: "Authorization: Bearer <token>".',
  },
  403: {
    kind: 'forbidden',
    detail: 'Your token does not hold area E09000033. Ask your administrator for a token for that area.',
  },
  404: { kind: 'not-found', detail: 'There is no serious incident with this id that you can see.' },
  405: {
    kind: 'method-not-allowed',
    detail: 'DELETE is not allowed here. This address answers GET, HEAD, OPTIONS.',
  },
  412: {
    kind: 'stale-version',
    detail:
      'Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.',
  },
  413: {
    kind: 'body-too-large',
    detail:
      'The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.',
  },
  415: {
    kind: 'unsupported-media-type',
    detail: 'Send the body as JSON with the header Content-Type: application/json.',
  },
  422: {
    kind: 'invalid-body',
    detail: 'Some fields are missing or wrong. Each one is listed in errors, with what is wrong.',
    errors: [
      { path: 'children[0].ageYears', pointer: '/children/0/ageYears', message: 'must be a whole number' },
      { path: 'laBecameAware', pointer: '/laBecameAware', message: 'is required' },
    ],
  },
  428: {
    kind: 'if-match-required',
    detail:
      'Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.',
  },
  500: {
    kind: 'internal-error',
    detail:
      'The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.',
  },
};

export function problemResponses<const S extends readonly ProblemStatus[]>(statuses: S) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEM_TITLES[status],
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: Problem,
            example: problemBody(
              { status, title: PROBLEM_TITLES[status], ...PROBLEM_EXAMPLES[status] },
              '0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42',
            ),
          },
        },
      },
    ]),
  ) as {
    [K in S[number]]: {
      description: string;
      content: { 'application/problem+json': { schema: typeof Problem; example: Problem } };
    };
  };
}
