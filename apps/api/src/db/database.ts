/**
 * The one seam between the API and its storage. PGlite and a `pg.Pool` both fit it, so the same
 * SQL and the same code run embedded (a data folder) and on a PostgreSQL server.
 */
export interface Queryable {
  /** One statement with `$1`-style parameters. Values always travel as parameters, never in the text. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Several statements without parameters (migrations only). */
  exec(text: string): Promise<void>;
  /**
   * True when no other transaction can run at the same time (PGlite: one connection, one transaction
   * at a time), so locks that only order concurrent transactions can be skipped.
   */
  readonly serialised?: boolean;
}

export interface NotificationHandlers {
  notify(payload: string): void;
  lost(): void;
  restored(): void;
}

/** One connection held for a while: session-level advisory locks live as long as it does. */
export interface Session extends Queryable {
  /** Runs `work` in one transaction on this connection. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `work` on one connection of its own, outside any transaction unless it opens one. */
  session<T>(work: (session: Session) => Promise<T>): Promise<T>;
  /**
   * Hears NOTIFY on a channel. `lost` says notifications may be missed from now (the connection
   * dropped); `restored` that they are heard again (some may have been missed meanwhile).
   */
  listen(channel: string, handlers: NotificationHandlers): Promise<{ close(): Promise<void> }>;
  close(): Promise<void>;
  /** Which engine is behind the interface, for /readyz and logs. */
  readonly kind: 'pglite' | 'postgres';
}

/** PostgreSQL's SQLSTATE for a unique-constraint violation. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated } = error as { code?: unknown; constraint?: unknown };
  return code === UNIQUE_VIOLATION && (constraint === undefined || violated === constraint);
}
