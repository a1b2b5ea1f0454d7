import { parentPort } from 'node:worker_threads';
import { validate } from '../core/index.ts';
import type { BatchRequest, BatchResult } from './parallel-ndjson.ts';

// One worker of the NDJSON pool: checks each batch of whole lines it is sent and answers with
// a report of that batch (line numbers counted from the batch's first line).
parentPort?.on('message', async (request: BatchRequest) => {
  const report = await validate(
    { name: request.name, format: 'ndjson', bytes: new Uint8Array(request.bytes) },
    { ...request.options, partOfLargerInput: true },
  );
  const result: BatchResult = { sequence: request.sequence, report };
  parentPort?.postMessage(result);
});
