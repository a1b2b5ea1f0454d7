import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './json-body.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseJsonBody', () => {
  it.each([
    ['an object', '{"a":1,"b":[1,{"c":"d"}]}', { a: 1, b: [1, { c: 'd' }] }],
    ['the same name in sibling objects', '[{"a":1},{"a":2}]', [{ a: 1 }, { a: 2 }]],
    ['the same name at different depths', '{"a":{"a":{"a":1}}}', { a: { a: { a: 1 } } }],
    ['a name that is a value elsewhere', '{"a":"b","b":"a"}', { a: 'b', b: 'a' }],
    ['quotes and braces inside strings', '{"a":"}{\\",\\"a\\":","b":"\\\\"}', { a: '}{","a":', b: '\\' }],
    ['a surrogate pair, escaped', '{"a":"\\ud83d\\ude00"}', { a: '😀' }],
    ['a surrogate pair, raw', '{"a":"😀"}', { a: '😀' }],
    ['non-ASCII text', '{"née":"Zoë – ✓"}', { née: 'Zoë – ✓' }],
    ['a scalar', '"text"', 'text'],
  ])('accepts %s', (_case, text, value) => {
    expect(parseJsonBody(utf8(text))).toEqual({ ok: true, value });
  });

  it.each([
    ['a lone high surrogate', [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]],
    ['a truncated sequence', [0x22, 0xc3, 0x22]],
    ['Latin-1 text', [0x22, 0xe9, 0x22]],
    ['an overlong encoding', [0x22, 0xc0, 0xaf, 0x22]],
  ])('refuses bytes that are not UTF-8: %s', (_case, bytes) => {
    expect(parseJsonBody(new Uint8Array(bytes))).toEqual({ ok: false, kind: 'not-utf8' });
  });

  it('tells malformed JSON apart', () => {
    expect(parseJsonBody(utf8('{"a":'))).toEqual({ ok: false, kind: 'malformed' });
  });

  it.each([
    ['at the top', '{"a":1,"a":2}', 'a', '/a'],
    ['inside a list', '{"list":[{"x":1},{"x":1,"x":2}]}', 'list[1].x', '/list/1/x'],
    ['spelled with an escape', '{"area":1,"\\u0061rea":2}', 'area', '/area'],
    ['after a nested object', '{"a":{"b":1},"c":2,"a":3}', 'a', '/a'],
    ['with braces in earlier strings', '{"a":"{\\"a\\":1}","a":2}', 'a', '/a'],
  ])('refuses a name given twice %s, naming it', (_case, text, path, pointer) => {
    expect(parseJsonBody(utf8(text))).toMatchObject({
      ok: false,
      kind: 'not-i-json',
      errors: [{ path, pointer, message: expect.stringMatching(/more than once/) }],
    });
  });

  it.each([
    ['a lone high surrogate', '{"caseOutline":"\\ud800"}', '/caseOutline'],
    ['a lone low surrogate', '{"a":["ok","x\\udc00y"]}', '/a/1'],
    ['a reversed pair', '{"a":"\\ude00\\ud83d"}', '/a'],
    ['a lone surrogate in a name', '{"\\ud800":1}', '/\ud800'],
  ])('refuses %s, naming the field', (_case, text, pointer) => {
    expect(parseJsonBody(utf8(text))).toMatchObject({
      ok: false,
      kind: 'not-i-json',
      errors: [{ pointer, message: expect.stringMatching(/lone surrogate/) }],
    });
  });

  it('walks deeply nested bodies without exhausting the stack', () => {
    const depth = 50_000;
    const surrogate = `${'{"a":['.repeat(depth)}"\\ud800"${']}'.repeat(depth)}`;
    expect(parseJsonBody(utf8(surrogate))).toMatchObject({ ok: false, kind: 'not-i-json' });
    const duplicated = `${'{"a":1,"b":['.repeat(depth)}{"a":1,"a":2}${']}'.repeat(depth)}`;
    expect(parseJsonBody(utf8(duplicated))).toMatchObject({ ok: false, kind: 'not-i-json' });
  });
});
