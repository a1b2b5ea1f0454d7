import type { Context, MiddlewareHandler } from 'hono';

/**
 * The headers hono/secure-headers sets by default. Our JSON and problem responses are built with them
 * as one plain object (see baseHeaders), which keeps the Node adapter on its fast path; the middleware
 * below covers the few responses built elsewhere (the docs page, the OpenAPI document).
 */
const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['cross-origin-resource-policy', 'same-origin'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
];

export const SECURITY_HEADER_OBJECT: Readonly<Record<string, string>> = Object.fromEntries(SECURITY_HEADERS);

/**
 * Headers of every JSON and problem response: the security headers, no-store (answers about cases
 * hold personal data and must not be cached by a browser or proxy), and the request id.
 */
export function baseHeaders(c: Context): Record<string, string> {
  const requestId = c.get('requestId') as string | undefined;
  return {
    ...SECURITY_HEADER_OBJECT,
    'cache-control': 'no-store',
    ...(requestId ? { 'x-request-id': requestId } : {}),
  };
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    await next();
  };
}
