import type { SourceRecord } from './source-record.ts';

function parseLine(text: string, line: number, last: boolean): SourceRecord | undefined {
  const content = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (content.trim() === '') return undefined;
  try {
    return { value: JSON.parse(content), line };
  } catch {
    return last
      ? {
          line,
          unreadable: {
            code: 'FILE-CUT-SHORT',
            message: `Line ${line} is not complete JSON: the file may be cut short.`,
          },
        }
      : {
          line,
          unreadable: {
            code: 'FILE-JSON',
            message: `Line ${line} is not valid JSON: check for a missing quote, comma or bracket.`,
          },
        };
  }
}

/**
 * Newline-delimited JSON: one record per line, blank lines skipped, CRLF or LF. Yields the records
 * of each chunk together. A last line that does not parse, with no newline after it, is reported
 * as a file cut short.
 */
export async function* readNdjson(text: AsyncIterable<string>): AsyncGenerator<SourceRecord[]> {
  let carry = '';
  let line = 0;
  for await (const chunk of text) {
    const data = carry.length > 0 ? carry + chunk : chunk;
    const batch: SourceRecord[] = [];
    let start = 0;
    for (let end = data.indexOf('\n'); end !== -1; end = data.indexOf('\n', start)) {
      line++;
      const record = parseLine(data.slice(start, end), line, false);
      if (record) batch.push(record);
      start = end + 1;
    }
    carry = data.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (carry.length > 0) {
    const record = parseLine(carry, line + 1, true);
    if (record) yield [record];
  }
}
