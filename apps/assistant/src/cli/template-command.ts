import { writeFile } from 'node:fs/promises';
import { csvTemplate, xlsxTemplate } from '@safeguarding/validator';
import { shown } from './argument-checks.ts';
import type { CliIo } from './cli-io.ts';
import { parseArguments } from './parse-arguments.ts';
import { requireRecordType } from './record-type-option.ts';
import { UsageError } from './usage-error.ts';

const OPTIONS = {
  type: { type: 'string', value: 'a record type such as serious-incident' },
  format: { type: 'string', value: 'csv or xlsx' },
  output: { type: 'string', value: 'a file name' },
} as const;

/**
 * `safeguarding template --type <schema-id> --format csv|xlsx [--output file]`: a spreadsheet
 * with every column the convention allows and one example row, written to standard output or
 * to a file. XLSX is binary, so it needs --output or a redirect, never a terminal.
 */
export async function templateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArguments(args, OPTIONS, 'template');
  const schemaId = requireRecordType(options.type);
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError(`--format must be csv or xlsx (got ${shown(format)})`);
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${shown(positionals[0] as string)}`);
  const content = format === 'csv' ? csvTemplate(schemaId) : xlsxTemplate(schemaId);
  if (options.output !== undefined) {
    try {
      await writeFile(options.output, content);
    } catch {
      throw new UsageError(
        `cannot write ${shown(options.output)}: check the folder exists and may be written to`,
      );
    }
    io.stderr(`Wrote the ${schemaId} template to ${options.output}.\n`);
    return 0;
  }
  if (typeof content === 'string') io.stdout(content);
  else {
    if (io.stdoutIsTerminal || !io.stdoutBytes) {
      throw new UsageError('an XLSX template is binary: give --output FILE, or redirect with > FILE');
    }
    io.stdoutBytes(content);
  }
  return 0;
}
