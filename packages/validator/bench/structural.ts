/**
 * Structural checks only: read a file, JSON.parse each line and run the compiled JSON Schema
 * validator of serious-incident on it (one thread). Prints the number of records.
 */
import { createReadStream } from 'node:fs';
import * as compiled from '../src/core/validators.generated.ts';

const validate = (compiled as unknown as Record<string, (data: unknown) => boolean>)
  .validate_serious_incident as (data: unknown) => boolean;
const decoder = new TextDecoder();
let carry = '';
let records = 0;
let invalid = 0;
for await (const chunk of createReadStream(process.argv[2] as string, { highWaterMark: 1 << 20 })) {
  const text = carry + decoder.decode(chunk as Uint8Array, { stream: true });
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    if (end > start) {
      if (!validate(JSON.parse(text.slice(start, end)))) invalid++;
      records++;
    }
    start = end + 1;
  }
  carry = text.slice(start);
}
console.log(records, invalid);
