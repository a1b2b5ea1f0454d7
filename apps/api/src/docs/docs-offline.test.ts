import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../db/test-backends.ts';
import { listen, type RunningServer } from '../server.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { DOCS_CONTENT_SECURITY_POLICY } from './docs-routes.ts';

const CHROMIUM = '/usr/bin/chromium';
const [pglite] = testBackends();
// CI installs Debian's chromium (.ci/run); elsewhere the test says why it did not run.
const suite = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

suite(
  existsSync(CHROMIUM)
    ? '/docs in Chromium with the network off'
    : `/docs in a browser: ${CHROMIUM} is not installed`,
  () => {
    let t: TestApp;
    let server: RunningServer;
    let browser: Browser;
    beforeAll(async () => {
      t = await startTestApp(pglite!);
      server = await listen(t.app, { port: 0 });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await t?.close();
    });

    it('draws every operation from files the API serves itself, within its Content-Security-Policy', async () => {
      const page = await browser.newPage();
      const blocked: string[] = [];
      const violations: string[] = [];
      // The network is off: anything not asked of this server is refused, and noted.
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === server.url) return route.continue();
        blocked.push(url.href);
        return route.abort('internetdisconnected');
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      const response = await page.goto(`${server.url}/docs`);
      expect(response?.headers()['content-security-policy']).toBe(DOCS_CONTENT_SECURITY_POLICY);
      const document = (await (await t.app.request('/openapi.json')).json()) as {
        paths: Record<string, object>;
      };
      const operations = Object.values(document.paths).reduce(
        (n, methods) => n + Object.keys(methods).length,
        0,
      );
      await page.waitForFunction(
        `document.querySelectorAll('.opblock').length === ${operations}`,
        undefined,
        {
          timeout: 20_000,
        },
      );
      expect(await page.locator('.info .title').innerText()).toContain('Safeguarding toolkit API');
      expect(blocked).toEqual([]);
      expect(violations).toEqual([]);
    }, 60_000);

    it('lists every route in the page itself, for a browser with scripts off', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/docs`);
      const text = await page.locator('body').innerText();
      expect(text).toContain('/v1/serious-incidents/{id}');
      expect(text).toContain('PATCH');
      await context.close();
    });
  },
);
