import type { CallOptions } from './client.ts';
import { errorFromResponse } from './errors.ts';
import type {
  Edition,
  NextActions,
  RecordInput,
  RecordListQuery,
  RecordPatch,
  RecordReplacement,
  RecordTypeId,
  StoredRecord,
} from './types.ts';

/** What a request passes to openapi-fetch besides its own parameters. */
export interface RequestInit {
  fetch: (request: Request) => Promise<Response>;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

type Result<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** The six operations of one collection, each on its own typed path. */
export interface RecordOperations<Id extends RecordTypeId> {
  create(body: RecordInput<Id>, init: RequestInit): Result<StoredRecord<Id>>;
  get(id: string, init: RequestInit): Result<StoredRecord<Id>>;
  replace(id: string, body: RecordReplacement<Id>, init: RequestInit): Result<StoredRecord<Id>>;
  patch(id: string, body: RecordPatch<Id>, init: RequestInit): Result<StoredRecord<Id>>;
  list(
    query: RecordListQuery<Id> & { cursor?: string },
    init: RequestInit,
  ): Result<{ items: StoredRecord<Id>[]; nextCursor?: string }>;
  nextActions(
    id: string,
    query: { asOf?: string; edition?: Edition },
    init: RequestInit,
  ): Result<NextActions>;
}

export interface Transport {
  call(repeatable: boolean, signal: AbortSignal | undefined): RequestInit;
}

/** One record collection of the API: `sg.seriousIncidents`, `sg.rapidReviews` and the rest. */
export interface RecordResource<Id extends RecordTypeId> {
  /**
   * Stores a new record. It always sends an Idempotency-Key (yours, or a new one), so a create
   * whose answer was lost is retried safely and makes exactly one record.
   */
  create(
    input: RecordInput<Id>,
    options?: CallOptions & { idempotencyKey?: string },
  ): Promise<StoredRecord<Id>>;
  get(id: string, options?: CallOptions): Promise<StoredRecord<Id>>;
  /**
   * Replaces a record; `version` is the version you read (sent as If-Match). A record as `get`
   * returned it may be sent back as it is. Rejects with SafeguardingConflictError if it changed since.
   */
  update(
    id: string,
    input: RecordReplacement<Id>,
    options: CallOptions & { version: number },
  ): Promise<StoredRecord<Id>>;
  /** Changes some fields (JSON Merge Patch: null removes an optional field), under If-Match like update. */
  patch(
    id: string,
    changes: RecordPatch<Id>,
    options: CallOptions & { version: number },
  ): Promise<StoredRecord<Id>>;
  /** Every record the token can see that matches the filters, fetching page after page as you iterate. */
  list(query?: RecordListQuery<Id>, options?: CallOptions): AsyncIterableIterator<StoredRecord<Id>>;
  /** What is due on the case this record belongs to. */
  nextActions(id: string, options?: CallOptions & { asOf?: string; edition?: Edition }): Promise<NextActions>;
}

async function unwrap<T>(pending: Result<T>): Promise<T> {
  const result = await pending;
  if (!result.response.ok || result.data === undefined)
    throw errorFromResponse(result.response, result.error);
  return result.data;
}

const ifMatch = (version: number) => `"${version}"`;

export function recordResource<Id extends RecordTypeId>(
  transport: Transport,
  operations: RecordOperations<Id>,
): RecordResource<Id> {
  const withHeaders = (init: RequestInit, headers: Record<string, string>): RequestInit => ({
    ...init,
    headers: { ...init.headers, ...headers },
  });
  return {
    create(input, { signal, idempotencyKey = crypto.randomUUID() } = {}) {
      const init = withHeaders(transport.call(true, signal), { 'idempotency-key': idempotencyKey });
      return unwrap(operations.create(input, init));
    },
    get(id, { signal } = {}) {
      return unwrap(operations.get(id, transport.call(true, signal)));
    },
    update(id, input, { signal, version }) {
      const init = withHeaders(transport.call(false, signal), { 'if-match': ifMatch(version) });
      return unwrap(operations.replace(id, input, init));
    },
    patch(id, changes, { signal, version }) {
      const init = withHeaders(transport.call(false, signal), {
        'if-match': ifMatch(version),
        'content-type': 'application/merge-patch+json',
      });
      return unwrap(operations.patch(id, changes, init));
    },
    async *list(query = {} as RecordListQuery<Id>, { signal } = {}) {
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          operations.list({ ...query, ...(cursor ? { cursor } : {}) }, transport.call(true, signal)),
        );
        yield* page.items;
        cursor = page.nextCursor;
      } while (cursor !== undefined);
    },
    nextActions(id, { signal, ...query } = {}) {
      return unwrap(operations.nextActions(id, query, transport.call(true, signal)));
    },
  };
}
