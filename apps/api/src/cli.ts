import { ROLES } from './auth/role.ts';
import { publicKeyCommand, verifyAuditCommand } from './cli/audit-commands.ts';
import { type CliContext, fail, parseCliOptions } from './cli/cli-options.ts';
import { migrateCommand } from './cli/migrate-command.ts';
import { serveCommand } from './cli/serve-command.ts';
import { createTokenCommand, listTokensCommand, revokeTokenCommand } from './cli/token-commands.ts';
import { DEFAULT_DATA_DIR } from './db/open-database.ts';

const USAGE = `safeguarding-api — the safeguarding toolkit's reference HTTP API

Usage:
  safeguarding-api serve [--port 3000] [--host 127.0.0.1] [--data DIR] [--body-limit BYTES]
                        [--cors-origin https://app.example.org ...] [--audit-key PATH] [--witness PATH] [--quiet]
  safeguarding-api token create --role ROLE [--area GSS ...] [--expires 90d|12h|2027-01-31] [--data DIR]
  safeguarding-api token list [--json] [--data DIR]
  safeguarding-api token revoke ID [--data DIR]
  safeguarding-api audit verify [--public-key PATH | --audit-key PATH] [--witness PATH] [--json] [--data DIR]
  safeguarding-api audit public-key [--audit-key PATH] [--data DIR]
  safeguarding-api migrate [--api-role NAME]          (PostgreSQL, as the database owner)

Storage: embedded PGlite in DIR (default ${DEFAULT_DATA_DIR}/), or PostgreSQL when DATABASE_URL is set.
Roles: ${ROLES.join(', ')}. A partner token needs at least one --area (GSS code, e.g. E08000034).
--cors-origin lets pages from that origin call the API from a browser (give it once per origin).
The audit log is signed with the Ed25519 key at --audit-key (default DIR/audit-signing-key.pem, made if
missing; every replica needs the same one) and its checkpoints appended to --witness (default
DIR/audit-witness.jsonl; keep it on other storage where that matters).`;

type Command = (context: CliContext) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  'token create': createTokenCommand,
  'token list': listTokensCommand,
  'token revoke': revokeTokenCommand,
  'audit verify': verifyAuditCommand,
  'audit public-key': publicKeyCommand,
  migrate: migrateCommand,
};

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: ReturnType<typeof parseCliOptions>;
  try {
    parsed = parseCliOptions(argv);
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return positionals.length === 0 && !values.help ? 1 : 0;
  }
  // The longest command the words start with: "token revoke ID" is "token revoke" given ID.
  const words = [2, 1]
    .map((n) => positionals.slice(0, n).join(' '))
    .find((name) => COMMANDS[name] !== undefined);
  const command = words === undefined ? undefined : COMMANDS[words];
  if (words === undefined || command === undefined) {
    return fail(`Unknown command "${positionals.join(' ')}".\n\n${USAGE}`);
  }
  return command({
    values,
    args: positionals.slice(words.split(' ').length),
    env,
    storage: { ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}), dataDir: values.data },
  });
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
