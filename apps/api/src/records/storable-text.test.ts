import { describe, expect, it } from 'vitest';
import { unstorableTextErrors } from './storable-text.ts';

describe('unstorableTextErrors', () => {
  it.each([
    ['plain text', { a: 'fine', b: ['also fine'] }, []],
    [
      'a NUL in a nested string',
      { children: [{ reference: 'ok' }, { reference: 'a\u0000b' }] },
      [
        {
          path: 'children[1].reference',
          pointer: '/children/1/reference',
          message: 'cannot contain the NUL character (\\u0000)',
        },
      ],
    ],
    [
      'a NUL at the top',
      'x\u0000',
      [{ path: '', pointer: '', message: 'cannot contain the NUL character (\\u0000)' }],
    ],
  ])('%s', (_case, value, expected) => {
    expect(unstorableTextErrors(value)).toEqual(expected);
  });
});
