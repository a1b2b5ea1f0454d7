import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blobChunks } from './blob-chunks.ts';
import { validate } from './validate.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
const options = { schemaId: 'serious-incident-input', asOf: '2026-11-23' };

describe('blobChunks', () => {
  it('reads a Blob into the report its bytes give, counting the bytes as it goes', async () => {
    const bytes = new Uint8Array(fixture('incidents.csv'));
    // Several parts, so the stream yields more than one chunk.
    const blob = new Blob([bytes.subarray(0, 100), bytes.subarray(100, 500), bytes.subarray(500)]);
    const counts: number[] = [];
    const fromBlob = await validate(
      { name: 'incidents.csv', format: 'csv', bytes: blobChunks(blob, (read) => counts.push(read)) },
      options,
    );
    expect(fromBlob).toEqual(await validate({ name: 'incidents.csv', format: 'csv', bytes }, options));
    expect(counts.at(-1)).toBe(bytes.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('cancels the stream when the reader stops early, so the file is released', async () => {
    let cancelled = false;
    const blob = {
      size: 20,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull: (controller) => controller.enqueue(new Uint8Array(10)),
          cancel: () => {
            cancelled = true;
          },
        }),
    };
    const chunks = blobChunks(blob);
    await chunks.next();
    await chunks.return(undefined);
    expect(cancelled).toBe(true);
  });
});
