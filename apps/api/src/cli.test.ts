import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';

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
