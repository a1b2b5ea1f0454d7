import type { Context } from 'hono';
import { problem } from './problem.ts';

/**
 * Page cursors are opaque to callers, so nobody builds them by hand, and say nothing a caller could
 * not see on the page itself. A record list's cursor names the last record returned (its random id),
 * never its place in a sequence shared by every area, which would show how many records others made.
 */
export function encodeRecordCursor(recordId: string): string {
  return Buffer.from(`r${recordId}`).toString('base64url');
}

const RECORD_POSITION = /^r([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The record id in a cursor, or undefined when it is not one of ours. */
export function decodeRecordCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,60}$/.test(cursor)) return undefined;
  return RECORD_POSITION.exec(Buffer.from(cursor, 'base64url').toString())?.[1];
}

/** The audit log's cursor: the last event's seq, which auditors see on every event anyway. */
export function encodeSeqCursor(seq: number): string {
  return Buffer.from(`p${seq}`).toString('base64url');
}

export function decodeSeqCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return undefined;
  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match?.[1] === undefined ? undefined : Number(match[1]);
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
