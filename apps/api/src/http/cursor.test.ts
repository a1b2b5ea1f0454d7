import { describe, expect, it } from 'vitest';
import { decodeRecordCursor, decodeSeqCursor, encodeRecordCursor, encodeSeqCursor } from './cursor.ts';

const ID = '3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11';

describe('page cursors', () => {
  it('round-trip their position', () => {
    expect(decodeRecordCursor(encodeRecordCursor(ID))).toBe(ID);
    expect(decodeSeqCursor(encodeSeqCursor(12345))).toBe(12345);
  });

  it('name a record, never a count', () => {
    const text = Buffer.from(encodeRecordCursor(ID), 'base64url').toString();
    expect(text.replace(ID, '')).toBe('r');
  });

  it.each([
    ['not base64url', 'a b'],
    ['base64url of something else', Buffer.from('select 1').toString('base64url')],
    ['too long', 'A'.repeat(100)],
    ['a position instead of a record', Buffer.from('p42').toString('base64url')],
    ['a record id with SQL', Buffer.from(`r${ID}' or 1=1`).toString('base64url')],
  ])('reject a record cursor that is %s', (_case, cursor) => {
    expect(decodeRecordCursor(cursor)).toBeUndefined();
  });

  it.each([
    ['a negative position', Buffer.from('p-1').toString('base64url')],
    ['a record cursor', encodeRecordCursor(ID)],
  ])('reject an audit cursor that is %s', (_case, cursor) => {
    expect(decodeSeqCursor(cursor)).toBeUndefined();
  });
});
