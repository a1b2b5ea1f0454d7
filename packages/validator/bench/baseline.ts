/**
 * The baseline: read standard input (or a file) and JSON.parse each line, nothing else. Prints
 * the number of records.
 */
import { createReadStream } from 'node:fs';

const source = process.argv[2]
  ? createReadStream(process.argv[2], { highWaterMark: 1 << 20 })
  : process.stdin;
const decoder = new TextDecoder();
let carry = '';
let records = 0;
for await (const chunk of source) {
  const text = carry + decoder.decode(chunk as Uint8Array, { stream: true });
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    if (end > start) {
      JSON.parse(text.slice(start, end));
      records++;
    }
    start = end + 1;
  }
  carry = text.slice(start);
}
if (carry.trim() !== '') {
  JSON.parse(carry);
  records++;
}
console.log(records);
