import { SafeguardingNetworkError } from './errors.ts';

export interface RetryPolicy {
  /** Further attempts after the first (default 2). */
  retries: number;
  /** Time allowed for one attempt, in milliseconds (default 30 s). */
  timeoutMs: number;
  /** The first wait before a retry, doubled each time, with full jitter (default 300 ms). */
  retryDelayMs: number;
}

/** Answers that say "try again later": the request was not carried out, or a gateway gave up on it. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const MAX_WAIT_MS = 30_000;

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if it asks for any. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * A fetch that gives up on an attempt after `timeoutMs` and, when `repeatable` (the request is safe
 * to send twice: a read, or a create carrying an Idempotency-Key), tries again after a network
 * error or a 429, 502, 503 or 504, waiting as Retry-After asks or with exponential backoff and
 * jitter. Every attempt sends a new Request built from the first, so no body is read twice.
 * The caller's AbortSignal stops everything at once, waits included.
 */
export function retryingFetch(
  fetchImpl: (request: Request) => Promise<Response>,
  policy: RetryPolicy,
  repeatable: boolean,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const attempts = repeatable ? policy.retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(policy.timeoutMs);
      const fresh = new Request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.any([request.signal, timeout]),
      });
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await fetchImpl(fresh);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        failure = error;
      }
      const last = attempt >= attempts;
      if (response && (last || !RETRYABLE_STATUSES.has(response.status))) return response;
      if (!response && last) {
        throw new SafeguardingNetworkError(timeout.aborted ? 'timeout' : 'network', failure);
      }
      const backoff = Math.random() * policy.retryDelayMs * 2 ** (attempt - 1);
      const asked = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
      // Free the connection of the answer we are not going to read.
      await response?.body?.cancel();
      await sleep(Math.min(asked ?? backoff, MAX_WAIT_MS), request.signal);
    }
  };
}
