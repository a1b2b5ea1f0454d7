import { Worker } from 'node:worker_threads';
import type { InputFormat, Report, ReportBuilder, ValidateOptions } from '../core/index.ts';

/** Small heaps make V8 collect as it goes: checked records are garbage at once, so memory stays flat. */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 96 };

export type WorkerOptions = Pick<ValidateOptions, 'schemaId' | 'asOf' | 'maxProblems'>;
export type WorkerStart = { name: string; format: InputFormat; options: WorkerOptions };

export class WorkerMemoryError extends Error {
  override name = 'WorkerMemoryError';
}

export function workerScript(name: string): URL {
  const self = import.meta.url;
  return new URL(self.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, self);
}

export function workerOptions(options: ValidateOptions): WorkerOptions {
  return {
    schemaId: options.schemaId,
    asOf: options.asOf,
    ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
  };
}

/**
 * Checks one file in a worker with a small heap, the main thread only reading and handing over
 * the bytes (at most a few chunks ahead), and merges the worker's report into `builder`.
 */
export async function checkInWorker(
  builder: ReportBuilder,
  input: { name: string; format: InputFormat; chunks: AsyncIterable<Uint8Array> },
  options: ValidateOptions,
): Promise<void> {
  const start: WorkerStart = { name: input.name, format: input.format, options: workerOptions(options) };
  const worker = new Worker(workerScript('check-worker'), {
    workerData: start,
    resourceLimits: WORKER_LIMITS,
  });
  let ahead = 0;
  let wakeReader: (() => void) | undefined;
  const report = new Promise<Report>((resolve, reject) => {
    worker.on('message', (message: { kind: string; records?: number; report?: Report }) => {
      if (message.kind === 'consumed') {
        ahead--;
        wakeReader?.();
      } else if (message.kind === 'records') options.onRecords?.(message.records as number);
      else if (message.kind === 'report') resolve(message.report as Report);
    });
    worker.on('error', (error) =>
      reject(
        (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkerMemoryError(`${input.name} needs more memory to check than the checker allows`)
          : error,
      ),
    );
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the checker stopped unexpectedly (exit ${code})`));
    });
  });
  try {
    for await (const chunk of input.chunks) {
      const copy = new Uint8Array(chunk);
      worker.postMessage(copy.buffer, [copy.buffer]);
      ahead++;
      while (ahead >= 4) await new Promise<void>((resolve) => (wakeReader = resolve));
    }
    worker.postMessage(null);
    builder.merge(await report);
  } finally {
    await worker.terminate();
  }
}
