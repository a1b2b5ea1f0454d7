import { parseArgs } from 'node:util';
import { createApp, DEFAULT_BODY_LIMIT_BYTES } from './app.ts';
import { isRole, ROLES } from './auth/role.ts';
import { createToken } from './auth/tokens.ts';
import { DEFAULT_DATA_DIR, openDatabase } from './db/open-database.ts';
import { defaultEngine } from './engine/default-engine.ts';
import { listen } from './server.ts';

const USAGE = `safeguarding-api — the safeguarding toolkit's reference HTTP API

Usage:
  safeguarding-api serve [--port 3000] [--host 127.0.0.1] [--data DIR] [--body-limit BYTES]
                        [--cors-origin https://app.example.org ...] [--quiet]
  safeguarding-api token create --role ROLE [--area GSS ...] [--data DIR]

Storage: embedded PGlite in DIR (default ${DEFAULT_DATA_DIR}/), or PostgreSQL when DATABASE_URL is set.
Roles: ${ROLES.join(', ')}. A partner token needs at least one --area (GSS code, e.g. E08000034).
--cors-origin lets pages from that origin call the API from a browser (give it once per origin).`;

const GSS = /^E(06|08|09|10)\d{6}$/;

function parseOptions(argv: string[]) {
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
      'cors-origin': { type: 'string', multiple: true, default: [] },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const storage = { ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}), dataDir: values.data };
  const [command, subcommand] = positionals;

  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 1 : 0;
  }

  if (command === 'token' && subcommand === 'create') {
    const role = values.role ?? '';
    if (!isRole(role)) return fail(`--role must be one of: ${ROLES.join(', ')}.`);
    const badArea = values.area.find((area) => !GSS.test(area));
    if (badArea)
      return fail(`--area ${badArea} is not the GSS code of an English local authority (e.g. E08000034).`);
    if (role === 'partner' && values.area.length === 0)
      return fail('A partner token needs at least one --area.');
    const db = await openDatabase(storage);
    try {
      const { token, tokenId } = await createToken(db, { role, areas: values.area, now: new Date() });
      console.error(
        `Token ${tokenId} (${role}${values.area.length ? `, ${values.area.join(', ')}` : ''}). It is shown once: keep it safe.`,
      );
      console.log(token);
    } finally {
      await db.close();
    }
    return 0;
  }

  if (command === 'serve') {
    const port = Number(values.port);
    const bodyLimitBytes = Number(values['body-limit']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return fail('--port must be a port number.');
    if (!Number.isInteger(bodyLimitBytes) || bodyLimitBytes < 1)
      return fail('--body-limit must be a number of bytes.');
    const badOrigin = values['cors-origin'].find((origin) => !isOrigin(origin));
    if (badOrigin !== undefined) {
      return fail(
        `--cors-origin ${badOrigin} is not an origin: give the scheme, host and any port, such as https://cases.example.org.`,
      );
    }
    const db = await openDatabase(storage);
    const log = values.quiet
      ? undefined
      : (entry: Record<string, unknown>) => console.log(JSON.stringify(entry));
    const app = createApp({
      db,
      engine: defaultEngine,
      bodyLimitBytes,
      corsOrigins: values['cors-origin'],
      ...(log ? { log } : {}),
    });
    const server = await listen(app, { port, hostname: values.host });
    const where = db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${values.data}`;
    console.error(`Listening on ${server.url} — storage: ${where}. Docs: ${server.url}/docs`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await db.close();
    return 0;
  }

  return fail(`Unknown command "${positionals.join(' ')}".\n\n${USAGE}`);
}

/** An origin as browsers send it: scheme, host and port only (no path, no trailing slash). */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
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
