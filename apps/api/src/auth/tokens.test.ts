import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testBackends } from '../db/test-backends.ts';
import { cachedCallerLookup, createToken, findCaller, hashToken } from './tokens.ts';

const now = new Date('2026-11-23T10:00:00.000Z');

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
      expect(await findCaller(db, token)).toEqual({ tokenId, role: 'partner', areas: ['E08000034'] });
    });

    it.each([
      ['one character changed', (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`],
      ['truncated', (t: string) => t.slice(0, -1)],
      ['extended', (t: string) => `${t}x`],
      ['the stored hash used as the token', (t: string) => hashToken(t)],
    ])('rejects a token %s', async (_case, tamper) => {
      const { token } = await createToken(db, { role: 'admin', areas: [], now });
      expect(await findCaller(db, tamper(token))).toBeUndefined();
    });

    it('caches known tokens for the time to live only', async () => {
      const { token, tokenId } = await createToken(db, { role: 'panel', areas: [], now });
      let clock = 0;
      const lookup = cachedCallerLookup(db, { ttlMs: 1000, now: () => clock });
      expect((await lookup(token))?.tokenId).toBe(tokenId);
      await db.query('update api_tokens set revoked_at = $2 where id = $1', [tokenId, now.toISOString()]);
      expect((await lookup(token))?.tokenId).toBe(tokenId);
      clock = 1001;
      expect(await lookup(token)).toBeUndefined();
    });
  });
});
