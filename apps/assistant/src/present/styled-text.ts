import { styleText } from 'node:util';

/** The few styles the assistant uses; colour is only ever a hint, the words say everything. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan' | 'magenta' | 'italic';

/** A run of text in one style. */
export interface Segment {
  text: string;
  style?: readonly Style[];
}

/** One line on the screen. */
export type Line = readonly Segment[];

export function plain(text: string): Segment {
  return { text };
}

export function styled(text: string, ...style: Style[]): Segment {
  return style.length === 0 ? { text } : { text, style };
}

/** The text of a line without styles. */
export function lineText(line: Line): string {
  return line.map((segment) => segment.text).join('');
}

/**
 * Fills `width` columns with the segments, breaking at spaces, each line after the first starting
 * with `indent` (and the first with `firstIndent`). A word longer than a line is cut. Styles carry
 * over the break.
 */
export function wrapSegments(
  segments: readonly Segment[],
  width: number,
  options: { firstIndent?: string; indent?: string } = {},
): Line[] {
  const firstIndent = options.firstIndent ?? '';
  const indent = options.indent ?? firstIndent;
  const words: { text: string; style?: readonly Style[]; space: boolean }[] = [];
  for (const segment of segments) {
    const parts = segment.text.split(/( +)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^ +$/.test(part)) {
        words.push({ text: part, space: true });
        continue;
      }
      words.push({ text: part, ...(segment.style ? { style: segment.style } : {}), space: false });
    }
  }
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let used = 0;
  let room = Math.max(1, width - firstIndent.length);
  let pendingSpace = '';
  let continuing = false;
  const startLine = (prefix: string) => {
    line = prefix ? [{ text: prefix }] : [];
    used = 0;
  };
  startLine(firstIndent);
  const push = (text: string, style?: readonly Style[]) => {
    const last = line.at(-1);
    if (last && last.style === style && used > 0) line[line.length - 1] = { ...last, text: last.text + text };
    else line.push(style ? { text, style } : { text });
    used += text.length;
  };
  const wrap = () => {
    lines.push(line);
    startLine(indent);
    room = Math.max(1, width - indent.length);
    pendingSpace = '';
    continuing = true;
  };
  for (const word of words) {
    if (word.space) {
      // Spaces are kept as written inside a line (columns line up), and dropped where it wraps.
      if (used > 0 || !continuing) pendingSpace += word.text;
      continue;
    }
    let text = word.text;
    if (used + pendingSpace.length + text.length > room && used > 0) wrap();
    if (pendingSpace !== '') push(pendingSpace);
    pendingSpace = '';
    while (used === 0 && text.length > room) {
      const cut = room;
      push(text.slice(0, cut), word.style);
      wrap();
      text = text.slice(cut);
    }
    push(text, word.style);
  }
  lines.push(line);
  return lines;
}

/** Lines as terminal text, with ANSI styles when `color` is on. */
export function renderLines(lines: readonly Line[], color: boolean): string {
  return lines
    .map((line) =>
      line
        .map((segment) =>
          color && segment.style && segment.style.length > 0
            ? styleText([...segment.style], segment.text, { validateStream: false })
            : segment.text,
        )
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
