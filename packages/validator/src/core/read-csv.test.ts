import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from './read-csv.ts';

function readAll(pieces: readonly string[]) {
  const reader = new CsvReader();
  const rows = pieces.flatMap((piece) => reader.push(piece));
  const end = reader.end();
  return { rows: [...rows, ...end.rows], cutShort: end.cutShort };
}

describe('CsvReader', () => {
  it.each([
    {
      why: 'plain cells',
      text: 'a,b\r\n1,2\r\n',
      cells: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
    },
    {
      why: 'LF line ends and no final line end',
      text: 'a,b\n1,2',
      cells: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
    },
    { why: 'a quoted comma', text: '"a,b",c\n', cells: [['a,b', 'c']], lines: [1] },
    { why: 'doubled quotes', text: '"say ""hi""",x\n', cells: [['say "hi"', 'x']], lines: [1] },
    {
      why: 'a quoted line break keeps the row whole',
      text: '"one\r\ntwo",x\ny,z\n',
      cells: [
        ['one\r\ntwo', 'x'],
        ['y', 'z'],
      ],
      lines: [1, 3],
    },
    { why: 'a blank line is a blank row', text: 'a\n\nb\n', cells: [['a'], [''], ['b']], lines: [1, 2, 3] },
    { why: 'empty cells', text: ',,\n', cells: [['', '', '']], lines: [1] },
    { why: 'a quote inside an unquoted cell is text', text: 'ab"c,d\n', cells: [['ab"c', 'd']], lines: [1] },
  ])('$why', ({ text, cells, lines }) => {
    const { rows, cutShort } = readAll([text]);
    expect(rows.map((row) => row.cells)).toEqual(cells);
    expect(rows.map((row) => row.line)).toEqual(lines);
    expect(rows.map((row) => row.row)).toEqual(cells.map((_, index) => index + 1));
    expect(cutShort).toBeUndefined();
  });

  it('reports a quoted cell that never closes, on the row it began', () => {
    expect(readAll(['a,b\n1,"never\nends']).cutShort).toEqual({ row: 2, line: 2 });
  });

  // csv-parse, the well-kept parser, is the reference: the same cells for any CSV, however the text is cut.
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é') }),
    fc.constantFrom('', 'x'),
  );
  const csv = fc
    .array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 })
    .map((rows) =>
      rows
        .map((row) =>
          row.map((value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)).join(','),
        )
        .join('\r\n'),
    );

  it('reads any quoted CSV as csv-parse does, cut into any pieces', () => {
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points, text.length]
          .slice(1)
          .map((end, index, ends) => text.slice(index === 0 ? 0 : ends[index - 1], end));
        const expected = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
        const { rows } = readAll(pieces.length === 0 ? [text] : pieces);
        expect(rows.map((row) => row.cells)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
