import { describe, expect, it } from 'vitest';
import { lineText, plain, renderLines, styled, wrapSegments } from './styled-text.ts';

describe('wrapSegments', () => {
  it('breaks at spaces within the width, with the indents given', () => {
    const lines = wrapSegments([plain('one two three four five six')], 12, {
      firstIndent: '- ',
      indent: '  ',
    });
    expect(lines.map(lineText)).toEqual(['- one two', '  three four', '  five six']);
  });

  it('keeps spaces inside a line as written, so columns line up', () => {
    expect(lineText(wrapSegments([plain('Mon 30 Nov'), plain('   '), plain('Notify')], 80)[0]!)).toBe(
      'Mon 30 Nov   Notify',
    );
  });

  it('cuts a word longer than the line', () => {
    expect(wrapSegments([plain('abcdefghij')], 4).map(lineText)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('carries styles across the break', () => {
    const lines = wrapSegments([styled('alpha beta', 'bold')], 6);
    expect(lines.map((line) => line.map((segment) => segment.style))).toEqual([[['bold']], [['bold']]]);
  });

  it.each([20, 40, 80, 120])('never goes past %i columns', (width) => {
    const text =
      'Notify the Child Safeguarding Practice Review Panel within five working days of becoming aware';
    for (const line of wrapSegments([plain(text)], width, { indent: '    ' }))
      expect(lineText(line).length).toBeLessThanOrEqual(width);
  });
});

describe('renderLines', () => {
  it('writes ANSI styles only when colour is on', () => {
    const lines = [[styled('due', 'red'), plain(' today')]];
    expect(renderLines(lines, false)).toBe('due today');
    expect(renderLines(lines, true)).toBe('\u001b[31mdue\u001b[39m today');
  });
});
