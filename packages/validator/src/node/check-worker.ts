import { parentPort, workerData } from 'node:worker_threads';
import { ReportBuilder, validateInto } from '../core/index.ts';
import type { WorkerStart } from './check-in-worker.ts';

// A worker that checks one file: the main thread sends its bytes in chunks (transferred), then
// null at the end; the worker answers with progress counts and, last, the report.
const start = workerData as WorkerStart;
const queue: (Uint8Array | null)[] = [];
let wake: (() => void) | undefined;
parentPort?.on('message', (chunk: ArrayBuffer | null) => {
  queue.push(chunk === null ? null : new Uint8Array(chunk));
  wake?.();
});

async function* chunks(): AsyncGenerator<Uint8Array> {
  for (;;) {
    if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const chunk = queue.shift();
    if (chunk === null || chunk === undefined) return;
    parentPort?.postMessage({ kind: 'consumed' });
    yield chunk;
  }
}

const builder = new ReportBuilder({ maxProblems: start.options.maxProblems ?? 1000 });
await validateInto(
  builder,
  { name: start.name, format: start.format, bytes: chunks() },
  {
    ...start.options,
    onRecords: (records) => parentPort?.postMessage({ kind: 'records', records }),
  },
);
parentPort?.postMessage({ kind: 'report', report: builder.report() });
