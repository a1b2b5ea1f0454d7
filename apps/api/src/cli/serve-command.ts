import { createApp } from '../app.ts';
import { openAuditLog } from '../audit/audit-log.ts';
import { SigningKeyMismatchError } from '../audit/audit-sealer.ts';
import { hearRevocations } from '../auth/revocation-listener.ts';
import { createCallerCache } from '../auth/tokens.ts';
import { openDatabase } from '../db/open-database.ts';
import { makePrivateFolder } from '../db/private-folder.ts';
import { defaultEngine } from '../engine/default-engine.ts';
import { londonToday } from '../http/clock.ts';
import { startMaintenance } from '../maintenance.ts';
import { ensureDueIndex } from '../records/due-index.ts';
import { ListenError, listen, type RunningServer } from '../server.ts';
import { auditPaths, type CliContext, fail } from './cli-options.ts';

/** An origin as browsers send it: scheme, host and port only (no path, no trailing slash). */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

/** A line for the operator about work done beside the requests; never a message (it may quote data). */
function logBackgroundError(error: unknown): void {
  const { name, code } = error as { name?: unknown; code?: unknown };
  console.error(JSON.stringify({ event: 'background-error', error: name, code }));
}

/** `serve`: the API, its audit sealer and its housekeeping, until SIGINT or SIGTERM. */
export async function serveCommand({ values, storage }: CliContext): Promise<number> {
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
  // On PostgreSQL the data folder holds only the audit key and witness; private all the same.
  if (storage.databaseUrl) makePrivateFolder(values.data);
  const db = await openDatabase(storage);
  const { keyPath, witnessPath } = auditPaths(values);
  let audit: Awaited<ReturnType<typeof openAuditLog>>;
  try {
    audit = await openAuditLog(db, {
      keyPath,
      createKey: true,
      witnessPath,
      clock: () => new Date(),
      onError: logBackgroundError,
    });
  } catch (error) {
    await db.close();
    if (error instanceof SigningKeyMismatchError || (error as Error).message?.includes(keyPath)) {
      console.error((error as Error).message);
      return 1;
    }
    throw error;
  }
  if (db.kind === 'postgres') {
    const { rows } = await db.query<{ may: boolean }>(
      `select has_table_privilege(current_user, 'audit_events', 'UPDATE') or has_table_privilege(current_user, 'audit_events', 'TRUNCATE') as may`,
    );
    if (rows[0]?.may) {
      console.error(
        'Warning: this database role may change the audit log. Run the API as a role that may only add to it (README: "Two roles on PostgreSQL").',
      );
    }
  }
  // The due index is worked out again when this release's catalogue or calendar differ from the one
  // it was built with (or it never was): before serving, so /v1/due is never answered from stale rows.
  const rebuilt = await ensureDueIndex(
    db,
    defaultEngine,
    londonToday(() => new Date()),
  );
  if (rebuilt !== undefined && rebuilt > 0) console.error(`Worked out what is due on ${rebuilt} records.`);
  audit.sealer.start();
  const callers = createCallerCache(db, { ttlMs: 60_000, now: () => Date.now() });
  const revocations = await hearRevocations(db, callers);
  const maintenance = startMaintenance(db, {
    engine: defaultEngine,
    clock: () => new Date(),
    onError: logBackgroundError,
  });
  const log = values.quiet
    ? undefined
    : (entry: Record<string, unknown>) => console.log(JSON.stringify(entry));
  const app = createApp({
    db,
    engine: defaultEngine,
    audit,
    callers,
    bodyLimitBytes,
    corsOrigins: values['cors-origin'],
    ...(log ? { log } : {}),
  });
  const shutDown = async () => {
    maintenance.stop();
    await revocations.close();
    await audit.close();
    await db.close();
  };
  let server: RunningServer;
  try {
    server = await listen(app, { port, hostname: values.host });
  } catch (error) {
    await shutDown();
    if (error instanceof ListenError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (audit.keyCreated) {
    console.error(
      `Made a new audit signing key at ${keyPath}.${db.kind === 'postgres' ? ' Give every other replica this same key (--audit-key).' : ''}`,
    );
  }
  const where = db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${values.data}`;
  console.error(`Listening on ${server.url} — storage: ${where}. Docs: ${server.url}/docs`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await shutDown();
  return 0;
}
