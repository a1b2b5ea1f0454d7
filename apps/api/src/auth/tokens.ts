import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { Role } from './role.ts';

/** Who is calling: the token's id (never the token itself), its role and its areas. */
export interface Caller {
  tokenId: string;
  role: Role;
  areas: readonly string[];
}

const TOKEN_PREFIX = 'sg_';

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
  grant: { role: Role; areas: readonly string[]; now: Date },
): Promise<{ token: string; tokenId: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const tokenId = randomUUID();
  await db.query(
    'insert into api_tokens (id, token_hash, role, areas, created_at) values ($1, $2, $3, $4::text[], $5)',
    [tokenId, hashToken(token), grant.role, grant.areas, grant.now.toISOString()],
  );
  return { token, tokenId };
}

export async function findCaller(db: Queryable, token: string): Promise<Caller | undefined> {
  const { rows } = await db.query<{ id: string; role: Role; areas: string[] }>(
    'select id, role, areas from api_tokens where token_hash = $1 and revoked_at is null',
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { tokenId: row.id, role: row.role, areas: row.areas } : undefined;
}

/**
 * Looks tokens up through a small in-memory cache, so a burst of requests with one token costs one
 * query (and no hashing). Entries live `ttlMs`; a revoked token stops working within that time.
 */
export function cachedCallerLookup(
  db: Queryable,
  options: { ttlMs: number; now: () => number; maxEntries?: number },
) {
  const cache = new Map<string, { caller: Caller | undefined; expires: number }>();
  const maxEntries = options.maxEntries ?? 1000;
  return async (token: string): Promise<Caller | undefined> => {
    const key = token;
    const hit = cache.get(key);
    const now = options.now();
    if (hit && hit.expires > now) return hit.caller;
    const caller = await findCaller(db, token);
    // Unknown tokens are not cached: a flood of random tokens must not evict the real ones.
    if (caller) {
      if (cache.size >= maxEntries) cache.clear();
      cache.set(key, { caller, expires: now + options.ttlMs });
    }
    return caller;
  };
}
