import { describe, expect, it } from 'vitest';
import { decodeDueCursor, encodeDueCursor } from './due-cursor.ts';

describe('due-list cursors', () => {
  it('round-trip a position', () => {
    const position = {
      dueDate: '2026-11-30',
      recordId: '3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11',
      duty: 'rr-complete',
    };
    expect(decodeDueCursor(encodeDueCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64url', 'a b'],
    ['a record-list cursor', Buffer.from('p42').toString('base64url')],
    ['base64url of SQL', Buffer.from("d2026-11-30|x' or 1=1|a").toString('base64url')],
    ['too long', 'A'.repeat(400)],
  ])('rejects a cursor that is %s', (_case, cursor) => {
    expect(decodeDueCursor(cursor)).toBeUndefined();
  });
});
