import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { problem } from './problem.ts';

const ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH';
const ALLOW_HEADERS = 'authorization, content-type, idempotency-key, if-match, x-request-id';
/** What a browser page may read from an answer besides the simple headers. */
const EXPOSE_HEADERS = 'etag, location, idempotent-replayed, retry-after, x-request-id';

/**
 * Lets pages from the allowed origins call the API from a browser. A preflight is answered here,
 * before authentication (browsers send it without the token); one from any other origin is a 403.
 * Every answer varies by Origin, so a cache never hands one origin's answer to another.
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
export function cors(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const permitted = origin !== undefined && allowed.has(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined) {
      if (!permitted) {
        return problem(
          c,
          {
            status: 403,
            kind: 'origin-not-allowed',
            title: 'Not allowed',
            detail:
              'Pages from this origin may not call the API. Its administrator can allow it with --cors-origin.',
          },
          { vary: 'Origin' },
        );
      }
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': ALLOW_METHODS,
          'access-control-allow-headers': ALLOW_HEADERS,
          'access-control-max-age': '600',
          vary: 'Origin',
        },
      });
    }
    await next();
    if (permitted) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', EXPOSE_HEADERS);
    }
    c.res.headers.append('vary', 'Origin');
  };
}
