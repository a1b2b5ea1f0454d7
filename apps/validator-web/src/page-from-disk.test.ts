import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Report, validate } from '@safeguarding/validator';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SINGLE_FILE, SITE_FOLDER } from './build-output.ts';
import { META_CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import {
  AS_OF,
  checkFiles,
  chromiumSuite,
  downloaded,
  FIXTURES,
  firstExample,
  LAUNCH,
  requireBuiltPage,
} from './testing/browser.ts';

const SCHEMA = 'serious-incident-input';

chromiumSuite('the validator page opened from disk (file:), with no server at all', () => {
  let browser: Browser;
  let expected: string;
  beforeAll(async () => {
    requireBuiltPage();
    browser = await chromium.launch(LAUNCH);
    // The report the library gives (the API test proves it is byte for byte the command line's).
    const report: Report = await validate(
      {
        name: 'incidents.csv',
        format: 'csv',
        bytes: new Uint8Array(readFileSync(join(FIXTURES, 'incidents.csv'))),
      },
      { schemaId: SCHEMA, asOf: AS_OF },
    );
    expected = `${JSON.stringify(report, null, 2)}\n`;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { build: 'the static folder', file: join(SITE_FOLDER, 'index.html') },
    { build: 'the single file', file: SINGLE_FILE },
  ])(
    '$build: checks a CSV export in a worker and downloads the report, asking nothing of any network',
    async ({ file }) => {
      const context = await browser.newContext({ acceptDownloads: true });
      const url = pathToFileURL(file).href;
      const folder = url.slice(0, url.lastIndexOf('/') + 1);
      const requested: string[] = [];
      const refused: string[] = [];
      await context.route('**/*', (route) => {
        const asked = route.request().url();
        requested.push(asked);
        if (asked.startsWith(folder) || asked.startsWith('blob:')) return route.continue();
        refused.push(asked);
        return route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(url);

      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      if (file === SINGLE_FILE) {
        // Everything inline, allowed by hash; still no connections.
        expect(await page.locator('script[src], link[rel="stylesheet"]').count()).toBe(0);
        expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
        expect(policy).toContain("connect-src 'none'");
      } else expect(policy).toBe(META_CONTENT_SECURITY_POLICY);

      await checkFiles(page, SCHEMA, join(FIXTURES, 'incidents.csv'));
      const shown = await firstExample(page, 'SI-007');
      expect(shown.where).toBe('incidents.csv, row 3, column laBecameAware (cell H3)');
      expect(shown.highlighted).toEqual({ row: '3', column: 'laBecameAware', text: '2026-11-09' });
      const json = await downloaded(page, '#download-json');
      expect(json.bytes.toString('utf8')).toBe(expected);

      expect(refused).toEqual([]);
      // The page itself and its own files beside it (the static folder); the check ran in a worker.
      expect(requested.filter((asked) => !asked.startsWith(folder))).toEqual([]);
      expect(page.workers()).toHaveLength(1);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
