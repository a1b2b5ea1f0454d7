import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonArray } from './read-json-array.ts';

async function readAll(pieces: readonly string[]) {
  async function* source() {
    yield* pieces;
  }
  const records = [];
  for await (const batch of readJsonArray(source())) records.push(...batch);
  return records;
}

describe('readJsonArray', () => {
  it.each([
    { why: 'an empty array', text: '[]', values: [] },
    {
      why: 'objects across lines',
      text: '[\n{"a": 1},\n{"b": "x,]}"}\n]\n',
      values: [{ a: 1 }, { b: 'x,]}' }],
    },
    { why: 'escaped quotes in strings', text: '[{"a": "say \\"hi\\" ]"}]', values: [{ a: 'say "hi" ]' }] },
    { why: 'nested lists', text: '[{"a": [1, [2, {"b": []}]]}]', values: [{ a: [1, [2, { b: [] }]] }] },
    { why: 'one object alone', text: '{"a": 1}\n', values: [{ a: 1 }] },
  ])('$why', async ({ text, values }) => {
    expect((await readAll([text])).map((record) => record.value)).toEqual(values);
  });

  it('gives each item the line it starts on', async () => {
    const records = await readAll(['[\n  {"a": 1,\n   "b": 2},\n  {"c": 3}\n]']);
    expect(records.map((record) => record.line)).toEqual([2, 4]);
  });

  it('reports an item that never ends as a file cut short', async () => {
    const records = await readAll(['[{"a": 1},\n{"b": ']);
    expect(records.map((record) => record.unreadable?.code ?? 'ok')).toEqual(['ok', 'FILE-CUT-SHORT']);
  });

  it('reports text that is not an array once', async () => {
    const records = await readAll(['"just text" and more']);
    expect(records.map((record) => record.unreadable?.code)).toEqual(['FILE-JSON']);
  });

  it('reads any JSON array of values as JSON.parse does, cut into any pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue()),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (values, cuts) => {
          const text = JSON.stringify(values, null, cuts.length % 2 === 0 ? 0 : 2);
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
          const ends = [...points, text.length];
          const pieces = ends.map((end, index) => text.slice(index === 0 ? 0 : ends[index - 1], end));
          const records = await readAll(pieces);
          expect(records.map((record) => record.value)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
