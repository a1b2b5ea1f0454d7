/**
 * The page's Content-Security-Policy: nothing but its own files, no connections at all (it reads
 * files the person chooses and sends nothing anywhere), and its checker in a worker made from
 * the page's own code (a blob: address, so the page also works opened from disk). No inline
 * script and no eval (the validator's JSON Schemas are compiled at build time).
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'worker-src blob:',
  // The page's icon is a data: address, so a browser asks no server for /favicon.ico.
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For the page as a server sends it (the API at /validator): the policy, and no framing. */
export const PAGE_CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** In the page's own <meta> tag, so it holds on any static host (frame-ancestors works only as a header). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * For the single-file build, whose script and style are inline: they are allowed by their hashes
 * (CSP3 hash-source), so nothing else inline can run.
 */
export function singleFileContentSecurityPolicy(hashes: { script: string; style: string }): string {
  return DIRECTIVES.map((directive) => {
    if (directive.startsWith('script-src')) return `script-src 'sha256-${hashes.script}'`;
    if (directive.startsWith('style-src')) return `style-src 'sha256-${hashes.style}'`;
    return directive;
  }).join('; ');
}
