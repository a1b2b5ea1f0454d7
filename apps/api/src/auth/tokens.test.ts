import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import { hearRevocations } from './revocation-listener.ts';
import { createCallerCache, createToken, findCaller, hashToken, listTokens, revokeToken } from './tokens.ts';

const now = new Date('2026-11-23T10:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe.each(testBackends())('tokens on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'bearer tokens', () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('stores only the SHA-256 of a 32-byte random token', async () => {
      const { token, tokenId } = await createToken(db, { role: 'partner', areas: ['E08000034'], now });
      expect(Buffer.from(token.replace(/^sg_/, ''), 'base64url')).toHaveLength(32);
      const { rows } = await db.query<{ token_hash: string }>(
        'select token_hash from api_tokens where id = $1',
        [tokenId],
      );
      expect(rows[0]?.token_hash).toBe(hashToken(token));
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(await findCaller(db, token, now)).toEqual({ tokenId, role: 'partner', areas: ['E08000034'] });
    });

    it.each([
      ['one character changed', (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`],
      ['truncated', (t: string) => t.slice(0, -1)],
      ['extended', (t: string) => `${t}x`],
      ['the stored hash used as the token', (t: string) => hashToken(t)],
    ])('rejects a token %s', async (_case, tamper) => {
      const { token } = await createToken(db, { role: 'admin', areas: [], now });
      expect(await findCaller(db, tamper(token), now)).toBeUndefined();
    });

    it('stops accepting a token at its expiry, to the millisecond', async () => {
      const { token, tokenId } = await createToken(db, {
        role: 'panel',
        areas: [],
        now,
        expiresAt: later(60_000),
      });
      expect((await findCaller(db, token, later(59_999)))?.tokenId).toBe(tokenId);
      expect(await findCaller(db, token, later(60_000))).toBeUndefined();
    });

    it('lists tokens with their state and never the token or its hash', async () => {
      const { token, tokenId } = await createToken(db, {
        role: 'auditor',
        areas: [],
        now,
        expiresAt: later(1000),
      });
      await revokeToken(db, tokenId, later(10));
      const listed = await listTokens(db);
      expect(listed.find((entry) => entry.id === tokenId)).toEqual({
        id: tokenId,
        role: 'auditor',
        areas: [],
        createdAt: now.toISOString(),
        expiresAt: later(1000).toISOString(),
        revokedAt: later(10).toISOString(),
      });
      expect(JSON.stringify(listed)).not.toContain(token);
      expect(JSON.stringify(listed)).not.toContain(hashToken(token));
    });

    it('revokes once and says so, and knows an unknown id', async () => {
      const { token, tokenId } = await createToken(db, { role: 'admin', areas: [], now });
      expect(await revokeToken(db, tokenId, now)).toBe('revoked');
      expect(await revokeToken(db, tokenId, later(5))).toBe('already');
      expect(await revokeToken(db, 'no-such-token', now)).toBe('unknown');
      expect(await findCaller(db, token, now)).toBeUndefined();
    });

    it('caches a token for its time to live, never past its expiry', async () => {
      const { token, tokenId } = await createToken(db, {
        role: 'panel',
        areas: [],
        now,
        expiresAt: later(500),
      });
      let clock = now.getTime();
      const cache = createCallerCache(db, { ttlMs: 1000, now: () => clock });
      expect((await cache.lookup(token))?.tokenId).toBe(tokenId);
      await db.query('update api_tokens set revoked_at = $2 where id = $1', [tokenId, now.toISOString()]);
      clock += 400;
      expect((await cache.lookup(token))?.tokenId).toBe(tokenId);
      clock += 100;
      expect(await cache.lookup(token)).toBeUndefined();
    });

    it('forgets a revoked token the moment the revocation is announced, and distrusts itself when it cannot hear', async () => {
      const { token, tokenId } = await createToken(db, { role: 'admin', areas: [], now });
      const cache = createCallerCache(db, { ttlMs: 3_600_000, now: () => now.getTime() });
      const listening = await hearRevocations(db, cache);
      try {
        expect((await cache.lookup(token))?.tokenId).toBe(tokenId);
        await revokeToken(db, tokenId, now);
        const deadline = Date.now() + 1000;
        let after = await cache.lookup(token);
        while (after && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          after = await cache.lookup(token);
        }
        expect(after).toBeUndefined();
      } finally {
        await listening.close();
      }
      // Not hearing announcements, the cache looks every token up afresh.
      const { token: other, tokenId: otherId } = await createToken(db, { role: 'admin', areas: [], now });
      expect((await cache.lookup(other))?.tokenId).toBe(otherId);
      cache.trust(false);
      await db.query('update api_tokens set revoked_at = $2 where id = $1', [otherId, now.toISOString()]);
      expect(await cache.lookup(other)).toBeUndefined();
    });
  });
});
