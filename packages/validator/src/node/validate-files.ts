import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  formatOfFileName,
  type InputFormat,
  type Report,
  ReportBuilder,
  type ValidateOptions,
  validateInto,
} from '../core/index.ts';
import { checkInWorker } from './check-in-worker.ts';
import { validateNdjsonInParallel } from './parallel-ndjson.ts';
import { NO_PROGRESS, type Progress } from './progress.ts';

/** A file the command line cannot read at all: the command stops with exit code 2. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

export type FileToValidate = { path: string; format?: InputFormat };

export type ValidateFilesOptions = ValidateOptions & {
  /** Standard input, for the path "-". */
  stdin?: AsyncIterable<Uint8Array>;
  progress?: Progress;
  /** Check NDJSON on every core (default: when the input is over 4 MB, or of unknown size). */
  parallel?: boolean;
  /**
   * Check in a worker thread with a small heap (default), so memory stays flat; false checks on
   * the calling thread (a rapid review's incident lookup always does, as a function cannot cross
   * threads).
   */
  inWorker?: boolean;
};

const PARALLEL_FROM_BYTES = 4 << 20;

function reasonFor(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'it may not be read (permissions)';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return 'it could not be read';
}

/**
 * Validates files (and standard input, as "-") into one report. The format comes from the file
 * name unless given; files are streamed, so memory stays flat whatever their size; large NDJSON
 * is checked on every core.
 */
export async function validateFiles(
  files: readonly FileToValidate[],
  options: ValidateFilesOptions,
): Promise<Report> {
  const builder = new ReportBuilder(
    options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems },
  );
  const progress = options.progress ?? NO_PROGRESS;
  for (const file of files) {
    const name = file.path;
    let size: number | undefined;
    if (file.path !== '-') {
      try {
        const info = await stat(file.path);
        if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
        size = info.size;
      } catch (error) {
        throw new UnreadableFileError(`${file.path} cannot be read: ${reasonFor(error)}`);
      }
    } else if (!options.stdin) throw new UnreadableFileError('standard input is not available');
    const format = file.format ?? formatOfFileName(file.path);
    if (format === undefined) {
      throw new UnreadableFileError(
        file.path === '-'
          ? 'standard input has no file name to tell its format: use --input-format json, ndjson, csv or xlsx'
          : `${file.path}: cannot tell its format from the name: use --input-format json, ndjson, csv or xlsx`,
      );
    }
    progress.start(size);
    let records = 0;
    const onRecords = (count: number) => {
      records = count;
    };
    const chunks = counted(
      file.path === '-'
        ? (options.stdin as AsyncIterable<Uint8Array>)
        : createReadStream(file.path, { highWaterMark: 1 << 20 }),
      (bytes) => progress.advance(bytes, records),
    );
    try {
      const parallel = options.parallel ?? (size === undefined || size > PARALLEL_FROM_BYTES);
      if (format === 'ndjson' && parallel && options.incidentOf === undefined) {
        const { onRecords: _own, ...rest } = options;
        const checked = await validateNdjsonInParallel(builder, name, chunks, { ...rest, onRecords });
        if (checked === 0) {
          builder.addFileProblem({
            code: 'FILE-EMPTY',
            message: `${name === '-' ? 'Standard input' : name} holds no records.`,
            file: name,
            path: '',
          });
        }
      } else if (options.incidentOf !== undefined || options.inWorker === false) {
        await validateInto(builder, { name, format, bytes: chunks }, { ...options, onRecords });
      } else {
        await checkInWorker(builder, { name, format, chunks }, { ...options, onRecords });
      }
    } catch (error) {
      if (/^E[A-Z]+$/.test(String((error as { code?: unknown }).code))) {
        throw new UnreadableFileError(`${file.path} cannot be read: ${reasonFor(error)}`);
      }
      throw error;
    } finally {
      progress.stop();
    }
  }
  return builder.report();
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk as ArrayBuffer);
  }
}
