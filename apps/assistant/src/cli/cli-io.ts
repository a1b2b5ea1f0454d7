import type { Progress } from '@safeguarding/validator/node';

/** Everything the command line needs from the outside world, injected so `run()` can be tested without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  /** Today's civil date in Europe/London, YYYY-MM-DD. The only clock: tests pass a fixed day. */
  today(): string;
  /** Colour the text output; main sets it only when stdout is a terminal. */
  color?: boolean;
  /** The terminal's width, when stdout is one; text output fits it. */
  columns?: number;
  /** Standard input as bytes, for commands that stream it (validate). */
  stdinBytes?(): AsyncIterable<Uint8Array>;
  /** Binary output (an XLSX template). */
  stdoutBytes?(bytes: Uint8Array): void;
  /** Standard output is a terminal (binary output is refused there). */
  stdoutIsTerminal?: boolean;
  /** Where long commands report progress; main gives a bar on a terminal, never under CI. */
  progress?: Progress;
}
