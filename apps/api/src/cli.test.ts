import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSigningKey } from './audit/signing-key.ts';
import { parseExpiry } from './cli/token-commands.ts';
import { main } from './cli.ts';
import { openPglite } from './db/pglite-database.ts';
import { migratedPgliteSnapshot } from './db/test-backends.ts';

describe('safeguarding-api command line', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    [
      'an unknown role',
      ['token', 'create', '--role', 'superuser'],
      /--role must be one of: partner, panel, auditor, admin/,
    ],
    [
      'an area that is not a GSS code',
      ['token', 'create', '--role', 'partner', '--area', 'Kirklees'],
      /--area Kirklees is not/,
    ],
    [
      'a district (no children’s services)',
      ['token', 'create', '--role', 'partner', '--area', 'E07000001'],
      /--area E07000001/,
    ],
    [
      'a partner token without an area',
      ['token', 'create', '--role', 'partner'],
      /needs at least one --area/,
    ],
    ['a bad port', ['serve', '--port', 'eighty'], /--port must be a port number/],
    ['a bad body limit', ['serve', '--body-limit=-5'], /--body-limit must be a number of bytes/],
    ['an option missing its value', ['serve', '--body-limit', '-5'], /--body-limit/],
    ['an unknown command', ['launch'], /Unknown command "launch"/],
    [
      'a CORS origin with a path',
      ['serve', '--cors-origin', 'https://cases.example.org/app'],
      /--cors-origin https:\/\/cases.example.org\/app is not an origin/,
    ],
    ['a CORS origin that is not a URL', ['serve', '--cors-origin', '*'], /--cors-origin \* is not an origin/],
    [
      'an expiry in the past',
      ['token', 'create', '--role', 'admin', '--expires', '2001-01-01'],
      /--expires 2001-01-01 is not a time to come/,
    ],
    [
      'an expiry that is not a time',
      ['token', 'create', '--role', 'admin', '--expires', 'soon'],
      /--expires soon/,
    ],
    ['a revoke without an id', ['token', 'revoke'], /Give the id of the token to revoke/],
    ['migrate without PostgreSQL', ['migrate'], /migrate is for PostgreSQL/],
  ])('refuses %s with exit code 2 and says why', async (_case, argv, message) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => {
      errors.push(line);
    });
    expect(await main(argv, {})).toBe(2);
    expect(errors.join('\n')).toMatch(message);
  });

  it('prints the usage for --help', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => {
      lines.push(line);
    });
    expect(await main(['--help'], {})).toBe(0);
    expect(lines.join('\n')).toContain('safeguarding-api serve');
  });
});

describe('parseExpiry', () => {
  const now = new Date('2026-11-23T10:00:00.000Z');
  it.each([
    ['a number of days', '90d', '2027-02-21T10:00:00.000Z'],
    ['a number of hours', '12h', '2026-11-23T22:00:00.000Z'],
    ['a day, to its end', '2027-01-31', '2027-01-31T23:59:59.999Z'],
    ['an instant', '2027-01-31T17:00:00Z', '2027-01-31T17:00:00.000Z'],
  ])('reads %s', (_case, text, expected) => {
    expect(parseExpiry(text, now)?.toISOString()).toBe(expected);
  });

  it.each([['0d'], ['soon'], ['90'], ['31/01/2027'], ['2027-02-30']])('refuses %s', (text) => {
    expect(parseExpiry(text, now)).toBeUndefined();
  });
});

describe('safeguarding-api token and audit commands on a data folder', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('creates an expiring token, lists tokens without them, revokes one, and verifies the audit log offline', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sg-cli-'));
    // Seeded from a migrated snapshot: an initdb takes seconds.
    const seed = await openPglite({
      dataDir: join(dataDir, 'pglite'),
      loadDataDir: await migratedPgliteSnapshot(),
    });
    await seed.close();
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => {
      out.push(line);
    });
    vi.spyOn(console, 'error').mockImplementation((line: string) => {
      err.push(line);
    });
    const run = (...argv: string[]) => main([...argv, '--data', dataDir], {});

    expect(await run('token', 'create', '--role', 'auditor', '--expires', '90d')).toBe(0);
    const token = out.pop() as string;
    expect(token).toMatch(/^sg_/);
    const tokenId = /Token ([0-9a-f-]{36})/.exec(err.join('\n'))?.[1] as string;
    expect(err.join('\n')).toMatch(/until \d{4}-\d{2}-\d{2}T/);

    expect(await run('token', 'list', '--json')).toBe(0);
    const listed = JSON.parse(out.pop() as string);
    expect(listed).toEqual([expect.objectContaining({ id: tokenId, role: 'auditor', revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(token);

    expect(await run('token', 'revoke', tokenId)).toBe(0);
    expect(err.at(-1)).toMatch(/is revoked: every server stops accepting it within a second/);
    expect(await run('token', 'revoke', 'no-such-id')).toBe(1);
    expect(await run('token', 'list')).toBe(0);
    expect(out.at(-1)).toMatch(new RegExp(`${tokenId}\\s+auditor\\s+-\\s+\\S+\\s+revoked `));

    // No key yet: verification says what is missing. The key the server makes is then the one to use.
    expect(await run('audit', 'verify')).toBe(2);
    expect(err.at(-1)).toMatch(/there is no key at/);
    loadSigningKey(join(dataDir, 'audit-signing-key.pem'), { create: true });
    expect(await run('audit', 'verify')).toBe(0);
    expect(out.at(-1)).toMatch(/The audit log is intact: no sealed events yet/);
    expect(await run('audit', 'public-key')).toBe(0);
  }, 60_000);
});
