import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import type { Role } from './role.ts';

/** Who is calling: the token's id (never the token itself), its role and its areas. */
export interface Caller {
  tokenId: string;
  role: Role;
  areas: readonly string[];
  /** When the token stops working, if it expires. */
  expiresAt?: Date;
}

/** A token as `token list` shows it: never the token, never its hash. */
export interface TokenSummary {
  id: string;
  role: Role;
  areas: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

const TOKEN_PREFIX = 'sg_';

/** Where a revocation is announced, so every replica forgets the token at once (LISTEN/NOTIFY). */
export const REVOCATION_CHANNEL = 'safeguarding_token_revoked';

/** Only this hash is stored, so the database never holds a usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Makes a token of 32 random bytes and stores its hash. The token is returned once, here; it cannot
 * be recovered later.
 */
export async function createToken(
  db: Queryable,
  grant: { role: Role; areas: readonly string[]; now: Date; expiresAt?: Date },
): Promise<{ token: string; tokenId: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const tokenId = randomUUID();
  await db.query(
    `insert into api_tokens (id, token_hash, role, areas, created_at, expires_at)
     values ($1, $2, $3, $4::text[], $5, $6)`,
    [
      tokenId,
      hashToken(token),
      grant.role,
      grant.areas,
      grant.now.toISOString(),
      grant.expiresAt?.toISOString() ?? null,
    ],
  );
  return { token, tokenId };
}

/** The caller a token stands for, if it is known, not revoked and not expired at `now`. */
export async function findCaller(
  db: Queryable,
  token: string,
  now: Date = new Date(),
): Promise<Caller | undefined> {
  const { rows } = await db.query<{
    id: string;
    role: Role;
    areas: string[];
    expires_at: Date | string | null;
  }>(
    `select id, role, areas, expires_at from api_tokens
     where token_hash = $1 and revoked_at is null and (expires_at is null or expires_at > $2)`,
    [hashToken(token), now.toISOString()],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    tokenId: row.id,
    role: row.role,
    areas: row.areas,
    ...(row.expires_at === null ? {} : { expiresAt: new Date(row.expires_at) }),
  };
}

export async function listTokens(db: Queryable): Promise<TokenSummary[]> {
  const { rows } = await db.query<{
    id: string;
    role: Role;
    areas: string[];
    created_at: Date | string;
    expires_at: Date | string | null;
    revoked_at: Date | string | null;
  }>('select id, role, areas, created_at, expires_at, revoked_at from api_tokens order by created_at, id');
  const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    areas: row.areas,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
  }));
}

/**
 * Revokes a token and announces it on REVOCATION_CHANNEL in the same transaction, so every replica
 * listening forgets it the moment the revocation commits. Says whether there was such a token and
 * whether it was already revoked.
 */
export async function revokeToken(
  db: Database,
  tokenId: string,
  now: Date,
): Promise<'revoked' | 'already' | 'unknown'> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ revoked: boolean }>(
      `update api_tokens set revoked_at = coalesce(revoked_at, $2) where id = $1
       returning revoked_at = $2 as revoked`,
      [tokenId, now.toISOString()],
    );
    const row = rows[0];
    if (!row) return 'unknown';
    await tx.query('select pg_notify($1, $2)', [REVOCATION_CHANNEL, tokenId]);
    return row.revoked ? 'revoked' : 'already';
  });
}

/**
 * Looks tokens up through a small in-memory cache, so a burst of requests with one token costs one
 * query (and no hashing). An entry lives `ttlMs`, and never past its token's expiry; `forget` drops a
 * revoked token at once. While `trusted` is false (the replica cannot hear revocations) every request
 * looks its token up afresh.
 */
export function createCallerCache(
  db: Queryable,
  options: { ttlMs: number; now: () => number; maxEntries?: number },
) {
  const cache = new Map<string, { caller: Caller; expires: number }>();
  const maxEntries = options.maxEntries ?? 1000;
  let trusted = true;
  return {
    async lookup(token: string): Promise<Caller | undefined> {
      const now = options.now();
      const hit = cache.get(token);
      if (trusted && hit && hit.expires > now) return hit.caller;
      const caller = await findCaller(db, token, new Date(now));
      // Unknown tokens are not cached: a flood of random tokens must not evict the real ones.
      if (caller) {
        if (cache.size >= maxEntries) cache.clear();
        const expires = Math.min(
          now + options.ttlMs,
          caller.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
        );
        cache.set(token, { caller, expires });
      }
      return caller;
    },
    /** Drops every cached entry of this token id. */
    forget(tokenId: string): void {
      for (const [token, entry] of cache) if (entry.caller.tokenId === tokenId) cache.delete(token);
    },
    /**
     * Whether cached entries may be used: false while revocations may be missed. Either way the
     * cache starts afresh, as anything in it may predate a missed revocation.
     */
    trust(value: boolean): void {
      trusted = value;
      cache.clear();
    },
  };
}

export type CallerCache = ReturnType<typeof createCallerCache>;
