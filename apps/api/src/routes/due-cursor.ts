/** Where a page of the due list ended: the sort key of its last item. */
export interface DuePosition {
  dueDate: string;
  recordId: string;
  duty: string;
}

const POSITION = /^d(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})\|([a-z0-9-]{1,100})$/;

/** An opaque cursor (base64url) for the position, so nobody builds one by hand. */
export function encodeDueCursor(position: DuePosition): string {
  return Buffer.from(`d${position.dueDate}|${position.recordId}|${position.duty}`).toString('base64url');
}

/** The position in a cursor, or undefined when it is not one of ours. */
export function decodeDueCursor(cursor: string): DuePosition | undefined {
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(cursor)) return undefined;
  const match = POSITION.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) return undefined;
  const [, dueDate = '', recordId = '', duty = ''] = match;
  return { dueDate, recordId, duty };
}
