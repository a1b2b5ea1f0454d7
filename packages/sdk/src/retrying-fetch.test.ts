import { describe, expect, it } from 'vitest';
import { SafeguardingNetworkError } from './errors.ts';
import { retryAfterMs, retryingFetch } from './retrying-fetch.ts';

const policy = { retries: 2, timeoutMs: 2_000, retryDelayMs: 1 };

/** A fetch that answers from a script, one step per attempt, and keeps every Request it was given. */
function scripted(steps: (number | 'network-error' | 'hang')[], headers: Record<string, string> = {}) {
  const seen: Request[] = [];
  const bodies: string[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    bodies.push(await request.text());
    const step = steps[seen.length - 1] ?? 200;
    if (step === 'network-error') throw new TypeError('fetch failed');
    if (step === 'hang') {
      return new Promise<Response>((_resolve, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    }
    return new Response(JSON.stringify({ attempt: seen.length }), { status: step, headers });
  };
  return { fetch, seen, bodies };
}

const post = () =>
  new Request('http://127.0.0.1:1/v1/serious-incidents', {
    method: 'POST',
    headers: { 'idempotency-key': 'k-1', 'content-type': 'application/json' },
    body: '{"area":"E08000034"}',
  });

describe('retryingFetch', () => {
  it.each([
    ['a 503, then success', [503, 200], 200, 2],
    ['a 502 and a 504, then success', [502, 504, 200], 200, 3],
    ['a 429, then success', [429, 200], 200, 2],
    ['a network error, then success', ['network-error', 200], 200, 2],
    ['a 503 every time: the last answer', [503, 503, 503, 503], 503, 3],
    ['a 500: not retried (the server may have acted)', [500, 200], 500, 1],
    ['a 422: not retried', [422, 200], 422, 1],
  ] as const)('for a repeatable request, after %s', async (_case, steps, status, attempts) => {
    const script = scripted([...steps]);
    const response = await retryingFetch(script.fetch, policy, true)(post());
    expect(response.status).toBe(status);
    expect(script.seen).toHaveLength(attempts);
  });

  it('sends a new Request each attempt, with the same method, headers and whole body', async () => {
    const script = scripted([503, 'network-error', 200]);
    await retryingFetch(script.fetch, policy, true)(post());
    expect(new Set(script.seen).size).toBe(3);
    expect(script.bodies).toEqual(Array(3).fill('{"area":"E08000034"}'));
    for (const request of script.seen) {
      expect(request.method).toBe('POST');
      expect(request.headers.get('idempotency-key')).toBe('k-1');
    }
  });

  it('never repeats a request that is not safe to repeat', async () => {
    const script = scripted([503, 200]);
    expect((await retryingFetch(script.fetch, policy, false)(post())).status).toBe(503);
    const failing = scripted(['network-error', 200]);
    await expect(retryingFetch(failing.fetch, policy, false)(post())).rejects.toMatchObject({
      name: 'SafeguardingNetworkError',
      reason: 'network',
    });
    expect(failing.seen).toHaveLength(1);
  });

  it('waits as long as Retry-After asks', async () => {
    const script = scripted([429, 200], { 'retry-after': '1' });
    const started = performance.now();
    await retryingFetch(script.fetch, policy, true)(post());
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on an attempt after timeoutMs, and says it timed out', async () => {
    const script = scripted(['hang', 'hang', 'hang']);
    const error = await retryingFetch(
      script.fetch,
      { ...policy, timeoutMs: 50 },
      true,
    )(post()).catch((e) => e);
    expect(error).toBeInstanceOf(SafeguardingNetworkError);
    expect(error.reason).toBe('timeout');
    expect(script.seen).toHaveLength(3);
  });

  it('stops at once, waits included, when the caller aborts', async () => {
    const script = scripted([503, 200], { 'retry-after': '30' });
    const controller = new AbortController();
    const request = new Request(post(), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('the user went away')), 50);
    const started = performance.now();
    await expect(retryingFetch(script.fetch, policy, true)(request)).rejects.toThrow('the user went away');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(script.seen).toHaveLength(1);
  });

  it.each([
    ['seconds', '7', 7_000],
    ['an HTTP date', 'Wed, 21 Oct 2026 07:28:10 GMT', 10_000],
    ['nonsense', 'soon', undefined],
    ['nothing', null, undefined],
  ])('reads Retry-After given as %s', (_case, header, expected) => {
    expect(retryAfterMs(header, Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(expected);
  });
});
