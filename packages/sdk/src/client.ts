import createOpenApiClient from 'openapi-fetch';
import type { paths } from './api-types.generated.ts';
import { errorFromResponse } from './errors.ts';
import { type RecordResource, recordResource } from './record-resource.ts';
import { type RetryPolicy, retryingFetch } from './retrying-fetch.ts';
import type {
  CaseFacts,
  DuePage,
  Duty,
  Edition,
  NextActions,
  SchemaId,
  ValidationReport,
  WorkingDays,
} from './types.ts';

export interface ClientOptions {
  /** Where the API is, for example https://safeguarding.example.org. */
  baseUrl: string;
  /** An API token (from `safeguarding-api token create`). */
  token: string;
  /** A fetch to use instead of the global one (a proxy agent, a test double). */
  fetch?: (request: Request) => Promise<Response>;
  /** Time allowed for each attempt of a request, in milliseconds. Default 30 000. */
  timeoutMs?: number;
  /** Further attempts of a request that is safe to repeat. Default 2. */
  retries?: number;
  /** The first wait before a retry, in milliseconds, doubled each time. Default 300. */
  retryDelayMs?: number;
}

/** Options every call takes. */
export interface CallOptions {
  /** Stops the request (and any retry) when aborted. */
  signal?: AbortSignal;
}

export interface Client {
  partnerships: RecordResource<'safeguarding-partnership'>;
  seriousIncidents: RecordResource<'serious-incident'>;
  rapidReviews: RecordResource<'rapid-review'>;
  practiceReviews: RecordResource<'practice-review'>;
  childDeaths: RecordResource<'child-death'>;
  /** What must be done next on a case described by its facts, and by when. Nothing is stored. */
  nextActions(
    facts: CaseFacts,
    options?: CallOptions & { asOf?: string; edition?: Edition },
  ): Promise<NextActions>;
  /** One page of what is due or overdue across every case the token can see, soonest first. */
  due(options?: CallOptions & { before?: string; limit?: number; cursor?: string }): Promise<DuePage>;
  /** The duty catalogue. */
  duties(options?: CallOptions): Promise<Duty[]>;
  /** Checks one record or a list against a record schema; nothing is stored. */
  validate(schemaId: SchemaId, data: unknown, options?: CallOptions): Promise<ValidationReport>;
  /** The date `add` working days after `from`, or the working days from `from` to `to` (England and Wales). */
  workingDays(
    span: { from: string; add: number } | { from: string; to: string },
    options?: CallOptions,
  ): Promise<WorkingDays>;
}

/** The body of a successful answer; any other answer becomes a SafeguardingApiError. */
async function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): Promise<T> {
  if (!result.response.ok || result.data === undefined)
    throw errorFromResponse(result.response, result.error);
  return result.data;
}

/**
 * A client of the safeguarding API. Every call resolves to the answer's body, typed from the API's
 * OpenAPI document, or rejects with a SafeguardingApiError (a SafeguardingConflictError for a 412)
 * or a SafeguardingNetworkError; never with a raw Response.
 */
export function createClient(options: ClientOptions): Client {
  const policy: RetryPolicy = {
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 30_000,
    retryDelayMs: options.retryDelayMs ?? 300,
  };
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const http = createOpenApiClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { authorization: `Bearer ${options.token}` },
  });
  /** Per call: a fresh request id, kept across retries, and retries only when repeating is safe. */
  const call = (repeatable: boolean, signal: AbortSignal | undefined) => ({
    fetch: retryingFetch(baseFetch, policy, repeatable),
    headers: { 'x-request-id': crypto.randomUUID() },
    ...(signal ? { signal } : {}),
  });
  const transport = { call };

  return {
    partnerships: recordResource<'safeguarding-partnership'>(transport, {
      create: (body, init) => http.POST('/v1/partnerships', { body, ...init }),
      get: (id, init) => http.GET('/v1/partnerships/{id}', { params: { path: { id } }, ...init }),
      replace: (id, body, init) =>
        http.PUT('/v1/partnerships/{id}', { params: { path: { id } }, body, ...init }),
      patch: (id, body, init) =>
        http.PATCH('/v1/partnerships/{id}', { params: { path: { id } }, body, ...init }),
      list: (query, init) => http.GET('/v1/partnerships', { params: { query }, ...init }),
      nextActions: (id, query, init) =>
        http.GET('/v1/partnerships/{id}/next-actions', { params: { path: { id }, query }, ...init }),
    }),
    seriousIncidents: recordResource<'serious-incident'>(transport, {
      create: (body, init) => http.POST('/v1/serious-incidents', { body, ...init }),
      get: (id, init) => http.GET('/v1/serious-incidents/{id}', { params: { path: { id } }, ...init }),
      replace: (id, body, init) =>
        http.PUT('/v1/serious-incidents/{id}', { params: { path: { id } }, body, ...init }),
      patch: (id, body, init) =>
        http.PATCH('/v1/serious-incidents/{id}', { params: { path: { id } }, body, ...init }),
      list: (query, init) => http.GET('/v1/serious-incidents', { params: { query }, ...init }),
      nextActions: (id, query, init) =>
        http.GET('/v1/serious-incidents/{id}/next-actions', { params: { path: { id }, query }, ...init }),
    }),
    rapidReviews: recordResource<'rapid-review'>(transport, {
      create: (body, init) => http.POST('/v1/rapid-reviews', { body, ...init }),
      get: (id, init) => http.GET('/v1/rapid-reviews/{id}', { params: { path: { id } }, ...init }),
      replace: (id, body, init) =>
        http.PUT('/v1/rapid-reviews/{id}', { params: { path: { id } }, body, ...init }),
      patch: (id, body, init) =>
        http.PATCH('/v1/rapid-reviews/{id}', { params: { path: { id } }, body, ...init }),
      list: (query, init) => http.GET('/v1/rapid-reviews', { params: { query }, ...init }),
      nextActions: (id, query, init) =>
        http.GET('/v1/rapid-reviews/{id}/next-actions', { params: { path: { id }, query }, ...init }),
    }),
    practiceReviews: recordResource<'practice-review'>(transport, {
      create: (body, init) => http.POST('/v1/practice-reviews', { body, ...init }),
      get: (id, init) => http.GET('/v1/practice-reviews/{id}', { params: { path: { id } }, ...init }),
      replace: (id, body, init) =>
        http.PUT('/v1/practice-reviews/{id}', { params: { path: { id } }, body, ...init }),
      patch: (id, body, init) =>
        http.PATCH('/v1/practice-reviews/{id}', { params: { path: { id } }, body, ...init }),
      list: (query, init) => http.GET('/v1/practice-reviews', { params: { query }, ...init }),
      nextActions: (id, query, init) =>
        http.GET('/v1/practice-reviews/{id}/next-actions', { params: { path: { id }, query }, ...init }),
    }),
    childDeaths: recordResource<'child-death'>(transport, {
      create: (body, init) => http.POST('/v1/child-deaths', { body, ...init }),
      get: (id, init) => http.GET('/v1/child-deaths/{id}', { params: { path: { id } }, ...init }),
      replace: (id, body, init) =>
        http.PUT('/v1/child-deaths/{id}', { params: { path: { id } }, body, ...init }),
      patch: (id, body, init) =>
        http.PATCH('/v1/child-deaths/{id}', { params: { path: { id } }, body, ...init }),
      list: (query, init) => http.GET('/v1/child-deaths', { params: { query }, ...init }),
      nextActions: (id, query, init) =>
        http.GET('/v1/child-deaths/{id}/next-actions', { params: { path: { id }, query }, ...init }),
    }),

    // Asking the engine, validating and reading the calendar change nothing: always safe to repeat.
    nextActions: async (facts, { signal, ...query } = {}) =>
      unwrap(await http.POST('/v1/next-actions', { body: facts, params: { query }, ...call(true, signal) })),
    due: async ({ signal, ...query } = {}) =>
      unwrap(await http.GET('/v1/due', { params: { query }, ...call(true, signal) })),
    duties: async ({ signal } = {}) =>
      (await unwrap(await http.GET('/v1/duties', call(true, signal)))).duties,
    validate: async (schemaId, data, { signal } = {}) =>
      unwrap(
        await http.POST('/v1/validate/{schemaId}', {
          params: { path: { schemaId } },
          // Any JSON: the report says what is wrong with it.
          body: data as Record<string, unknown>,
          ...call(true, signal),
        }),
      ),
    workingDays: async (span, { signal } = {}) =>
      unwrap(await http.GET('/v1/calendar/working-days', { params: { query: span }, ...call(true, signal) })),
  };
}
