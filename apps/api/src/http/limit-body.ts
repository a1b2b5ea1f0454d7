import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.ts';
import { problem } from './problem.ts';

/**
 * Refuses bodies over `maxBytes` with a 413 problem. A declared Content-Length is checked without
 * touching the body, which keeps the Node adapter on its fast path; only a chunked body is counted
 * as it streams in (by Hono's own bodyLimit).
 */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const tooLarge: Parameters<typeof bodyLimit>[0]['onError'] = (c) =>
    problem(c, {
      status: 413,
      kind: 'body-too-large',
      title: 'Request too large',
      detail: `The request body is larger than this server accepts (${maxBytes} bytes). Send fewer records at a time.`,
    });
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(declared) > maxBytes ? tooLarge(c) : next();
    }
    return streamed(c, next);
  };
}
