import { UsageError } from './usage-error.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What the value looks like, for the "needs a value" message: "a date written YYYY-MM-DD". */
  value?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type ParsedOptions<S extends OptionSpecs> = {
  [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean;
};

export interface ParsedArguments<S extends OptionSpecs> {
  options: ParsedOptions<S>;
  positionals: string[];
}

// Negative numbers are arguments, not options: `days add 2025-02-20 -7`.
const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * Splits arguments into options and positionals, with errors a practitioner can act on.
 * Written here rather than with node:util parseArgs because parseArgs reads `-7` as an option
 * and words its errors for programmers.
 */
export function parseArguments<S extends OptionSpecs>(
  args: readonly string[],
  specs: S,
  command: string,
): ParsedArguments<S> {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const shortNames = new Map(
    Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])),
  );

  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-') || NEGATIVE_NUMBER.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals === -1 ? arg : arg.slice(0, equals);
    const name = written.startsWith('--') ? written.slice(2) : shortNames.get(written.slice(1));
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined) {
      throw new UsageError(`unknown option ${written} for "${command}" (see safeguarding --help)`);
    }
    if (name in options) throw new UsageError(`--${name} was given twice`);
    if (spec.type === 'boolean') {
      if (equals !== -1) throw new UsageError(`--${name} takes no value (got ${arg})`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[index + 1];
      // "-" is a value (standard input); another option is not.
      if (next !== undefined && !(next.startsWith('-') && next !== '-' && !NEGATIVE_NUMBER.test(next))) {
        value = next;
        index++;
      }
    }
    if (value === undefined || value === '') {
      throw new UsageError(`--${name} needs a value${spec.value ? `: ${spec.value}` : ''}`);
    }
    options[name] = value;
  }
  return { options: options as ParsedOptions<S>, positionals };
}
