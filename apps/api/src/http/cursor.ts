import type { Context } from 'hono';
import { problem } from './problem.ts';

/** Page cursors are opaque to callers: the position, base64url-encoded, so nobody builds them by hand. */
export function encodeCursor(position: string | number): string {
  return Buffer.from(`p${position}`).toString('base64url');
}

/** The position in a cursor, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return undefined;
  const match = /^p(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match?.[1];
}

/** The answer to a cursor this API did not give out. */
export function invalidCursor(c: Context): Response {
  return problem(c, {
    status: 400,
    kind: 'invalid-cursor',
    title: 'Bad request',
    detail: 'The cursor is not one this API gave out. Start again from the first page.',
    errors: [{ path: 'cursor', pointer: '/cursor', message: 'is not a cursor from a previous page' }],
  });
}
