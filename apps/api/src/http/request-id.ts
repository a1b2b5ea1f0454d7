import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/** Ids a caller may choose: URI-safe, so the id can stand as the problem's `instance` as it is. */
const CALLER_ID = /^[A-Za-z0-9._~-]{1,128}$/;

/**
 * Takes the caller's X-Request-Id when it is a safe token, or makes one. Every response echoes it
 * (baseHeaders) and every problem quotes it as its instance, so both sides can find one request.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    c.set('requestId', given !== undefined && CALLER_ID.test(given) ? given : crypto.randomUUID());
    await next();
  };
}
