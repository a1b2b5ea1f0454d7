import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, NotificationHandlers, Queryable, Session } from './database.ts';

// Keep int8 (bigint) columns as strings is pg's default; counts are cast to int in SQL instead.

/**
 * A PostgreSQL server through a connection pool: the production and scale-out backend. Losing the
 * server (a restart, a failover) never ends the process: an idle connection's error is dropped and
 * the pool reconnects for the next query; a checked-out connection's error fails only the work that
 * held it, and the broken connection is thrown away rather than returned to the pool.
 */
export function openPostgres(
  connectionString: string,
  options: { max?: number; connectionTimeoutMillis?: number } = {},
): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // A request waits at most this long for a connection (a server that is down answers at once;
    // one that is restarting may not), then fails as "database unavailable" (503).
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
  });
  pool.on('error', () => {});
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      // Every statement is prepared once per connection and reused: PostgreSQL then parses and plans
      // each kind once, not on every request (the API sends a few dozen kinds of statement).
      const result = await target.query({ name: statementName(text), text, values: params as unknown[] });
      return { rows: result.rows as Row[] };
    },
    async exec(text: string) {
      await target.query(text);
    },
  });

  /** Runs work on a client of its own; the client is discarded if its connection broke meanwhile. */
  async function withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      return await work(client);
    } catch (error) {
      // A failed query may leave the connection unusable (terminated, or mid-protocol); do not reuse it.
      broken ??= isConnectionError(error) ? (error as Error) : undefined;
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async function inTransaction<T>(client: pg.PoolClient, work: (tx: Queryable) => Promise<T>): Promise<T> {
    await client.query('begin');
    try {
      const result = await work(wrap(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
  }

  return {
    ...wrap(pool),
    kind: 'postgres',
    pool,
    transaction: (work) => withClient((client) => inTransaction(client, work)),
    session: (work) =>
      withClient((client) => {
        const session: Session = {
          ...wrap(client),
          transaction: (inner) => inTransaction(client, inner),
        };
        return work(session);
      }),
    listen: (channel, handlers) => listenOn(connectionString, channel, handlers),
    close: () => pool.end(),
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other work). When it drops, it
 * says so and reconnects every second until it can listen again.
 */
async function listenOn(
  connectionString: string,
  channel: string,
  handlers: NotificationHandlers,
): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const candidate = new pg.Client({ connectionString });
    candidate.on('error', () => {});
    candidate.on('notification', (message) => {
      if (message.channel === channel) handlers.notify(message.payload ?? '');
    });
    candidate.on('end', () => {
      if (client !== candidate || closed) return;
      client = undefined;
      handlers.lost();
      scheduleReconnect();
    });
    try {
      await candidate.connect();
      await candidate.query(`listen ${candidate.escapeIdentifier(channel)}`);
    } catch (error) {
      await candidate.end().catch(() => {});
      throw error;
    }
    client = candidate;
  };
  const scheduleReconnect = () => {
    if (closed) return;
    retry = setTimeout(async () => {
      try {
        await connect();
        handlers.restored();
      } catch {
        scheduleReconnect();
      }
    }, 1000);
    retry.unref();
  };
  try {
    await connect();
  } catch {
    handlers.lost();
    scheduleReconnect();
  }
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

const statementNames = new Map<string, string>();

/** A name per statement text, for pg's prepared statements (a few dozen texts; the map is bounded all the same). */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    if (statementNames.size >= 1000) statementNames.clear();
    name = `sg${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** SQLSTATE classes and Node errors that mean the connection, not the statement, failed. */
export function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting.
    if (code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'].includes(code))
      return true;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed/i.test(
      message,
    )
  );
}
