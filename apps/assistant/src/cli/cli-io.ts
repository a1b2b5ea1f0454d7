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
}
