import type { SourceRecord } from './source-record.ts';

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * A JSON array of records, read item by item so memory stays flat however long the array: each
 * item's text is cut out by tracking brackets and strings, then parsed alone. `line` is the line
 * the item starts on. A top-level object is read as a single record. An array that never closes
 * is reported as a file cut short, on the line where the unfinished item starts.
 */
export async function* readJsonArray(text: AsyncIterable<string>): AsyncGenerator<SourceRecord[]> {
  let state: 'start' | 'between' | 'item' | 'end' | 'single' = 'start';
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let item = '';
  let itemLine = 1;
  let garbage: SourceRecord | undefined;
  // Only the first stray text is reported; whatever follows it is not records.
  let strayReported = false;

  const finish = (raw: string, at: number): SourceRecord => {
    try {
      return { value: JSON.parse(raw), line: at };
    } catch {
      return {
        line: at,
        unreadable: { code: 'FILE-JSON', message: `The item starting on line ${at} is not valid JSON.` },
      };
    }
  };

  for await (const chunk of text) {
    const batch: SourceRecord[] = [];
    let itemStart = state === 'item' || state === 'single' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (state === 'item' || state === 'single') {
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
          else if (code === NEWLINE) line++;
          continue;
        }
        if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
        else if (code === NEWLINE) line++;
        if (state === 'single' && depth === 0 && code === CLOSE_BRACE) {
          batch.push(finish(item + chunk.slice(itemStart, i + 1), itemLine));
          item = '';
          itemStart = -1;
          state = 'end';
          continue;
        }
        if (state === 'item' && ((depth === 0 && code === COMMA) || depth < 0)) {
          batch.push(finish(item + chunk.slice(itemStart, i), itemLine));
          item = '';
          itemStart = -1;
          state = depth < 0 ? 'end' : 'between';
          depth = 0;
        }
        continue;
      }
      if (code === NEWLINE) line++;
      if (isSpace(code)) continue;
      if (state === 'start') {
        if (code === OPEN_BRACKET) state = 'between';
        else if (code === OPEN_BRACE) {
          state = 'single';
          depth = 1;
          itemStart = i;
          itemLine = line;
        } else {
          garbage ??= {
            line,
            unreadable: {
              code: 'FILE-JSON',
              message: `Line ${line}: a JSON file of records must be an array ([ … ]) or one object.`,
            },
          };
          state = 'end';
        }
      } else if (state === 'between') {
        if (code === CLOSE_BRACKET) state = 'end';
        else {
          state = 'item';
          depth = code === OPEN_BRACE || code === OPEN_BRACKET ? 1 : 0;
          inString = code === QUOTE;
          itemStart = i;
          itemLine = line;
        }
      } else if (state === 'end') {
        garbage ??= {
          line,
          unreadable: {
            code: 'FILE-JSON',
            message: `Line ${line}: there is more after the end of the array.`,
          },
        };
      }
    }
    if (itemStart >= 0) item += chunk.slice(itemStart);
    if (garbage && !strayReported) {
      batch.push(garbage);
      strayReported = true;
    }
    if (batch.length > 0) yield batch;
  }
  if (state === 'item' || state === 'single' || (state === 'between' && item === '')) {
    if (state === 'between') {
      yield [
        {
          line,
          unreadable: {
            code: 'FILE-CUT-SHORT',
            message: 'The array never closes with ]: the file may be cut short.',
          },
        },
      ];
    } else {
      yield [
        {
          line: itemLine,
          unreadable: {
            code: 'FILE-CUT-SHORT',
            message: `The item starting on line ${itemLine} never ends: the file may be cut short.`,
          },
        },
      ];
    }
  }
}
