import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report, ReportBuilder, ValidateOptions } from '../core/index.ts';

/** What a worker needs to check a batch: plain data only (functions and streams cannot cross threads). */
type WorkerOptions = Pick<ValidateOptions, 'schemaId' | 'asOf' | 'maxProblems'>;

export type BatchRequest = { sequence: number; name: string; bytes: ArrayBuffer; options: WorkerOptions };
export type BatchResult = { sequence: number; report: Report };

const BATCH_BYTES = 1 << 21;
const NEWLINE = 0x0a;

/** How many workers help: one per core, at most four (reading and merging stay on the main thread). */
export function workerCount(): number {
  return Math.min(4, availableParallelism());
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
  const shared: WorkerOptions = {
    schemaId: options.schemaId,
    asOf: options.asOf,
    ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
  };
  const self = import.meta.url;
  const script = new URL(self.endsWith('.ts') ? './ndjson-worker.ts' : './ndjson-worker.js', self);
  const workers = Array.from({ length: workerCount() }, () => new Worker(script));
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
  const send = (bytes: Uint8Array) => {
    const request: BatchRequest = {
      sequence,
      name,
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      options: shared,
    };
    const promise = new Promise<BatchResult>((resolve, reject) =>
      pending.set(request.sequence, { resolve, reject }),
    );
    (workers[sequence % workers.length] as Worker).postMessage(request, [request.bytes]);
    inFlight.push({ promise, lines: countLines(bytes) });
    sequence++;
  };
  const settleOldest = async () => {
    const oldest = inFlight.shift();
    if (!oldest) return;
    const result = await oldest.promise;
    pending.delete(result.sequence);
    builder.merge(result.report, lineOffset);
    lineOffset += oldest.lines;
    records += result.report.summary.records;
    onRecords?.(records);
  };
  try {
    let carry: Uint8Array = new Uint8Array(0);
    for await (const chunk of chunks) {
      let data = carry.length === 0 ? chunk : concat(carry, chunk);
      while (data.length >= BATCH_BYTES) {
        const cut = data.lastIndexOf(NEWLINE);
        if (cut < 0) break;
        send(data.subarray(0, cut + 1));
        data = data.subarray(cut + 1);
        while (inFlight.length >= workers.length * 2) await settleOldest();
      }
      carry = data;
    }
    if (carry.length > 0) send(carry);
    while (inFlight.length > 0) await settleOldest();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return records;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
