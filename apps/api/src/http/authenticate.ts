import type { MiddlewareHandler } from 'hono';
import type { Caller } from '../auth/tokens.ts';
import type { AppEnv } from './app-env.ts';
import { problem } from './problem.ts';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * Requires `Authorization: Bearer <token>` on every request it guards. Anything else is a 401 that
 * says which of the two went wrong, without echoing the token.
 */
export function authenticate(
  lookup: (token: string) => Promise<Caller | undefined>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // OPTIONS only asks which methods an address answers (or is a CORS preflight): no token, no data.
    if (c.req.method === 'OPTIONS') return next();
    const header = c.req.header('authorization');
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    const caller = token ? await lookup(token) : undefined;
    if (!caller) {
      const missing = header === undefined;
      return problem(
        c,
        {
          status: 401,
          kind: missing ? 'missing-token' : 'invalid-token',
          title: 'Not signed in',
          detail: missing
            ? 'Send your API token in an Authorization header: "Authorization: Bearer <token>".'
            : 'The API token was not recognised. Check it was copied whole, or ask your administrator for a new one.',
        },
        {
          'www-authenticate': missing
            ? 'Bearer realm="safeguarding"'
            : 'Bearer realm="safeguarding", error="invalid_token"',
        },
      );
    }
    c.set('caller', caller);
    await next();
  };
}
