import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('page cursors', () => {
  it('round-trips a position', () => {
    expect(decodeCursor(encodeCursor('12345'))).toBe('12345');
  });

  it.each([
    ['not base64url', 'a b'],
    ['base64url of something else', Buffer.from('select 1').toString('base64url')],
    ['too long', 'A'.repeat(100)],
    ['a negative position', Buffer.from('p-1').toString('base64url')],
  ])('rejects a cursor that is %s', (_case, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });
});
