import { SingleBar } from 'cli-progress';

/** Where progress goes: the total when known (bytes), then each step. */
export type Progress = {
  start(total: number | undefined): void;
  advance(bytes: number, records: number): void;
  stop(): void;
};

export const NO_PROGRESS: Progress = { start() {}, advance() {}, stop() {} };

/**
 * A progress bar on standard error, only when it is a terminal and not under CI (a bar in a log
 * file or a pipe is noise). Bytes when the size is known, otherwise a count of records.
 */
export function terminalProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Progress {
  if (!stream.isTTY || env.CI) return NO_PROGRESS;
  let bar: SingleBar | undefined;
  let bytes = 0;
  let known = false;
  return {
    start(total) {
      known = total !== undefined;
      bar = new SingleBar({
        stream,
        format: known ? 'checking {bar} {percentage}% · {records} records' : 'checking · {records} records',
        hideCursor: true,
        clearOnComplete: true,
      });
      bar.start(total ?? 0, 0, { records: 0 });
    },
    advance(read, records) {
      bytes += read;
      bar?.update(known ? bytes : 0, { records });
    },
    stop() {
      bar?.stop();
    },
  };
}
