import type { FieldError, Problem } from './types.ts';

/**
 * The API answered with an error. It carries the RFC 9457 problem the API sent: `status`, `type`,
 * `title`, `detail`, `instance` and, when the input was at fault, `errors` naming each field.
 */
export class SafeguardingApiError extends Error {
  override readonly name: string = 'SafeguardingApiError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly instance: string | undefined;
  readonly errors: readonly FieldError[];
  /** The X-Request-Id of the request, to quote when asking for help. */
  readonly requestId: string | undefined;

  constructor(problem: Problem, requestId?: string) {
    super(`${problem.title} (${problem.status}): ${problem.detail}`);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    this.requestId = requestId;
  }
}

/**
 * The record changed since the version you sent (412): read it again, reapply your change and send
 * it with `currentVersion`.
 */
export class SafeguardingConflictError extends SafeguardingApiError {
  override readonly name: string = 'SafeguardingConflictError';
  /** The version the record has now, from the ETag the API sent with the 412. */
  readonly currentVersion: number | undefined;

  constructor(problem: Problem, currentVersion: number | undefined, requestId?: string) {
    super(problem, requestId);
    this.currentVersion = currentVersion;
  }
}

/** No answer came: the network failed, or the API did not answer within `timeoutMs`, even after retries. */
export class SafeguardingNetworkError extends Error {
  override readonly name: string = 'SafeguardingNetworkError';
  readonly reason: 'timeout' | 'network';

  constructor(reason: 'timeout' | 'network', cause: unknown) {
    super(
      reason === 'timeout'
        ? 'The API did not answer in time. The request may or may not have been carried out.'
        : 'The API could not be reached.',
      { cause },
    );
    this.reason = reason;
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { status, title, detail, type } = value as Record<string, unknown>;
  return (
    typeof status === 'number' &&
    typeof title === 'string' &&
    typeof detail === 'string' &&
    typeof type === 'string'
  );
}

/** The error for a response that is not a success, from its problem body when it has one. */
export function errorFromResponse(response: Response, body: unknown): SafeguardingApiError {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const problem: Problem = isProblem(body)
    ? body
    : {
        type: 'about:blank',
        title: response.statusText || 'Error',
        status: response.status,
        detail: `The server answered ${response.status} without a problem description.`,
        instance: requestId ?? '',
      };
  if (response.status === 412) {
    const match = /^(?:W\/)?"(\d+)"$/.exec(response.headers.get('etag') ?? '');
    return new SafeguardingConflictError(problem, match ? Number(match[1]) : undefined, requestId);
  }
  return new SafeguardingApiError(problem, requestId);
}
