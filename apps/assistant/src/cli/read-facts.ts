import { isValidDate } from '@safeguarding/rules';
import { parse } from 'yaml';
import { shown } from './argument-checks.ts';
import type { CliIo } from './cli-io.ts';
import { UsageError } from './usage-error.ts';

export interface FactsInput {
  /** The case facts, not yet validated (the engine validates them). */
  facts: unknown;
  /** A conformance scenario's `as_of`, used when the user gives no --as-of. */
  scenarioAsOf?: string;
}

function readProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message.split('\n')[0] ?? 'unknown error';
  }
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true or false';
  return `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads case facts from a YAML or JSON file, or standard input for "-". YAML is a superset of
 * JSON, so one parser reads both. A conformance scenario (a document with a `facts` object)
 * also works: its facts are used, and its `as_of` when the user gives none.
 */
export async function readFacts(source: string, io: CliIo): Promise<FactsInput> {
  const name = source === '-' ? 'standard input' : `the facts file ${source}`;
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${readProblem(error)}`);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    // yaml's first line ends with a colon that introduces a code frame; the line and column are enough.
    const reason = (error as Error).message.split('\n')[0]?.replace(/:$/, '');
    throw new UsageError(`${name} is not valid YAML or JSON: ${reason}`);
  }
  if (document === null || document === undefined) throw new UsageError(`${name} is empty`);
  if (!isObject(document)) {
    throw new UsageError(
      `${name} must hold the case facts as named fields, but holds ${describeType(document)}`,
    );
  }
  if (!isObject(document.facts)) return { facts: document };

  const asOf = document.as_of;
  if (asOf === undefined) return { facts: document.facts };
  if (typeof asOf !== 'string' || !isValidDate(asOf)) {
    throw new UsageError(
      `the scenario's as_of must be a real date written YYYY-MM-DD (got ${shown(String(asOf))})`,
    );
  }
  return { facts: document.facts, scenarioAsOf: asOf };
}
