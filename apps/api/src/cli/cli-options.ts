import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BODY_LIMIT_BYTES } from '../app.ts';
import { DEFAULT_DATA_DIR } from '../db/open-database.ts';

/** Every option of every command; each command reads the ones it takes. */
export function parseCliOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'body-limit': { type: 'string', default: String(DEFAULT_BODY_LIMIT_BYTES) },
      role: { type: 'string' },
      area: { type: 'string', multiple: true, default: [] },
      expires: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true, default: [] },
      'audit-key': { type: 'string' },
      'public-key': { type: 'string' },
      witness: { type: 'string' },
      'api-role': { type: 'string' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

export type CliValues = ReturnType<typeof parseCliOptions>['values'];

/** What a command is given: its options, its arguments after the command words, the environment. */
export interface CliContext {
  values: CliValues;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Where the database is: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder. */
  storage: { databaseUrl?: string; dataDir: string };
}

/** The signing key and witness paths: given, or in the data folder. */
export function auditPaths(values: CliValues): { keyPath: string; witnessPath: string } {
  return {
    keyPath: values['audit-key'] ?? join(values.data, 'audit-signing-key.pem'),
    witnessPath: values.witness ?? join(values.data, 'audit-witness.jsonl'),
  };
}

/** A usage error: said plainly, exit code 2. */
export function fail(message: string): number {
  console.error(message);
  return 2;
}
