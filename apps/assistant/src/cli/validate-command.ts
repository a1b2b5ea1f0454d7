import { formatReportText, INPUT_FORMATS, type InputFormat } from '@safeguarding/validator';
import { UnreadableFileError, validateFiles } from '@safeguarding/validator/node';
import { requireDate, requireWholeNumber, shown } from './argument-checks.ts';
import type { CliIo } from './cli-io.ts';
import { parseArguments } from './parse-arguments.ts';
import { requireRecordType } from './record-type-option.ts';
import { UsageError } from './usage-error.ts';

const OPTIONS = {
  type: { type: 'string', value: 'a record type such as serious-incident' },
  format: { type: 'string', value: 'text or json' },
  'input-format': { type: 'string', value: 'json, ndjson, csv or xlsx' },
  'max-examples': { type: 'string', value: 'a whole number' },
  'max-problems': { type: 'string', value: 'a whole number' },
  'as-of': { type: 'string', value: 'a date written YYYY-MM-DD' },
  incidents: { type: 'string', value: 'a file of serious incidents' },
} as const;

/** Exit codes: every record valid, errors found (warnings alone do not count), a mistake in the command or an unreadable file. */
export const EXIT_VALID = 0;
export const EXIT_ERRORS_FOUND = 1;

function atLeast(label: string, value: string | undefined, minimum: number, fallback: number): number {
  if (value === undefined) return fallback;
  const number = requireWholeNumber(label, value);
  if (number < minimum) throw new UsageError(`${label} must be ${minimum} or more (got ${value})`);
  return number;
}

/**
 * `safeguarding validate --type <schema-id> <file>...`: checks exports against a record schema,
 * its coded rules and the statutory timescales, and prints the report (text, or the JSON report
 * for pipelines). Exit 0 when every record is valid, 1 when any error is found, 2 for a mistake
 * in the command or a file that cannot be read.
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArguments(args, OPTIONS, 'validate');
  const schemaId = requireRecordType(options.type);
  const output = options.format ?? 'text';
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--format must be text or json (got ${shown(output)})`);
  const inputFormat = options['input-format'];
  if (inputFormat !== undefined && !INPUT_FORMATS.includes(inputFormat as InputFormat)) {
    throw new UsageError(
      `--input-format must be one of ${INPUT_FORMATS.join(', ')} (got ${shown(inputFormat)})`,
    );
  }
  const maxExamples = atLeast('--max-examples', options['max-examples'], 0, 3);
  const maxProblems = atLeast('--max-problems', options['max-problems'], 1, 1000);
  const asOf = options['as-of'] === undefined ? io.today() : requireDate('--as-of', options['as-of']);
  if (positionals.length === 0)
    throw new UsageError('give at least one file to check, or - for standard input');
  if (positionals.filter((path) => path === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once');

  let report: Awaited<ReturnType<typeof validateFiles>>;
  try {
    // A rapid review's clock runs from its serious incident: with --incidents, each review is
    // judged against the valid stored incident it names.
    const incidents = new Map<string, unknown>();
    if (options.incidents !== undefined) {
      await validateFiles([{ path: options.incidents }], {
        schemaId: 'serious-incident',
        asOf,
        inWorker: false,
        parallel: false,
        extraChecks: (record) => {
          incidents.set(String((record as { id?: unknown }).id), record);
          return [];
        },
      });
    }
    report = await validateFiles(
      positionals.map((path) => ({
        path,
        ...(inputFormat === undefined ? {} : { format: inputFormat as InputFormat }),
      })),
      {
        schemaId,
        asOf,
        maxProblems,
        ...(io.stdinBytes ? { stdin: io.stdinBytes() } : {}),
        ...(io.progress ? { progress: io.progress } : {}),
        ...(options.incidents === undefined ? {} : { incidentOf: (id: string) => incidents.get(id) }),
      },
    );
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(error.message);
    throw error;
  }
  io.stdout(
    output === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReportText(report, { maxExamples, title: schemaId }),
  );
  return report.summary.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_VALID;
}
