import type { Database } from '../db/database.ts';
import { type CallerCache, REVOCATION_CHANNEL } from './tokens.ts';

/**
 * Makes a replica forget a revoked token the moment the revocation commits, wherever it was made
 * (`token revoke` announces it with NOTIFY). While the replica cannot hear announcements its cache is
 * not trusted, so a revocation is never missed: tokens are looked up on every request until it hears
 * again.
 */
export function hearRevocations(db: Database, cache: CallerCache): Promise<{ close(): Promise<void> }> {
  return db.listen(REVOCATION_CHANNEL, {
    notify: (tokenId) => cache.forget(tokenId),
    lost: () => cache.trust(false),
    restored: () => cache.trust(true),
  });
}
