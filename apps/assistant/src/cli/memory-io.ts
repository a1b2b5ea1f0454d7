import type { CliIo } from './cli-io.ts';

export interface MemoryIo extends CliIo {
  /** Everything written to standard output so far. */
  readonly out: string;
  /** Binary output, concatenated. */
  readonly outBytes: Uint8Array;
  readonly err: string;
}

/**
 * An in-memory CliIo for tests and embedding: files come from a map (other paths go to
 * `readFile`, the real disk by default in tests that pass one), and output is collected.
 */
export function memoryIo(
  options: {
    files?: Record<string, string>;
    stdin?: string;
    today?: string;
    color?: boolean;
    readFile?: (path: string) => Promise<string>;
  } = {},
): MemoryIo {
  let out = '';
  let err = '';
  let outBytes = new Uint8Array(0);
  const files = options.files ?? {};
  return {
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    get outBytes() {
      return outBytes;
    },
    stdoutBytes: (bytes) => {
      const joined = new Uint8Array(outBytes.length + bytes.length);
      joined.set(outBytes);
      joined.set(bytes, outBytes.length);
      outBytes = joined;
    },
    async *stdinBytes() {
      yield new TextEncoder().encode(options.stdin ?? '');
    },
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => options.stdin ?? '',
    readFile: async (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      if (options.readFile) return options.readFile(path);
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    today: () => options.today ?? '2026-11-23',
    color: options.color ?? false,
  };
}
