import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report, ReportBuilder, ValidateOptions } from '../core/index.ts';
import { WORKER_LIMITS, type WorkerOptions, workerOptions, workerScript } from './check-in-worker.ts';

export type BatchRequest = { sequence: number; name: string; bytes: ArrayBuffer; options: WorkerOptions };
export type BatchResult = { sequence: number; report: Report };

const BATCH_BYTES = 1 << 21;
const NEWLINE = 0x0a;

/** How many workers help: one per core, at most four (reading and merging stay on the main thread). */
export function workerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
  return lines;
}

/**
 * NDJSON checked on every core: the main thread cuts the input into batches of whole lines
 * (about 2 MB), workers check them, and the reports are merged in file order, so the result is
 * the same as checking on one thread. At most two batches per worker are in flight, so memory
 * stays flat whatever the input's size.
 */
export async function validateNdjsonInParallel(
  builder: ReportBuilder,
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  options: ValidateOptions,
): Promise<number> {
  const { onRecords } = options;
  const shared: WorkerOptions = workerOptions(options);
  const script = workerScript('ndjson-worker');
  const workers = Array.from(
    { length: workerCount() },
    () => new Worker(script, { resourceLimits: WORKER_LIMITS }),
  );
  const pending = new Map<
    number,
    { resolve: (result: BatchResult) => void; reject: (error: Error) => void }
  >();
  for (const worker of workers) {
    worker.on('message', (result: BatchResult) => pending.get(result.sequence)?.resolve(result));
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
    });
  }
  const inFlight: { promise: Promise<BatchResult>; lines: number }[] = [];
  let sequence = 0;
  let lineOffset = 0;
  let records = 0;
  // The batch is a fresh buffer handed over to the worker (transferred, not copied), so the main
  // thread keeps nothing of it once sent.
  const send = (pieces: readonly Uint8Array[], length: number) => {
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    const request: BatchRequest = { sequence, name, bytes: bytes.buffer, options: shared };
    const promise = new Promise<BatchResult>((resolve, reject) =>
      pending.set(request.sequence, { resolve, reject }),
    );
    const lines = countLines(bytes);
    (workers[sequence % workers.length] as Worker).postMessage(request, [request.bytes]);
    inFlight.push({ promise, lines });
    sequence++;
  };
  const settleOldest = async () => {
    const oldest = inFlight.shift();
    if (!oldest) return;
    const result = await oldest.promise;
    pending.delete(result.sequence);
    builder.merge(result.report, { lines: lineOffset, records });
    lineOffset += oldest.lines;
    records += result.report.summary.records;
    onRecords?.(records);
  };
  try {
    let pieces: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of chunks) {
      pieces.push(chunk);
      length += chunk.length;
      if (length < BATCH_BYTES) continue;
      const cut = chunk.lastIndexOf(NEWLINE);
      if (cut < 0) continue;
      // Up to and including the last line break of this chunk goes now; the rest starts the next batch.
      const rest = chunk.subarray(cut + 1);
      pieces[pieces.length - 1] = chunk.subarray(0, cut + 1);
      send(pieces, length - rest.length);
      pieces = rest.length > 0 ? [rest] : [];
      length = rest.length;
      while (inFlight.length >= workers.length * 2) await settleOldest();
    }
    if (length > 0) send(pieces, length);
    while (inFlight.length > 0) await settleOldest();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return records;
}
