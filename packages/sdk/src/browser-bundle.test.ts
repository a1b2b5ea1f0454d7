import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ApiServer, startApiServer } from '@safeguarding/api/testing';
import { type Browser, chromium } from 'playwright-core';
import { build, createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const pageDir = fileURLToPath(new URL('../browser-page/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** Serves a built page, as a vendor's own web server would, on another origin than the API. */
function servePage(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe('a browser page bundled with the SDK', () => {
  let outDir: string;
  const warnings: string[] = [];
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'sg-sdk-page-'));
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (message) => {
      warnings.push(message);
    };
    logger.warnOnce = logger.warn;
    await build({
      root: pageDir,
      logLevel: 'warn',
      customLogger: logger,
      build: { outDir, emptyOutDir: true, minify: true },
    });
  }, 120_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('builds with Vite from the published entries, pulling in nothing Node-only', () => {
    expect(warnings.filter((warning) => /externalized for browser|node:/.test(warning))).toEqual([]);
    const bundle = readdirSync(join(outDir, 'assets')).find((file) => file.endsWith('.js'));
    expect(bundle).toBeDefined();
    const code = readFileSync(join(outDir, 'assets', bundle ?? ''), 'utf8');
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).toContain('si-notify-panel');
  });

  const suite = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;
  suite(
    existsSync(CHROMIUM) ? 'in Chromium, against the real API' : `in a browser: ${CHROMIUM} is not installed`,
    () => {
      let page: { server: Server; origin: string };
      let api: ApiServer;
      let browser: Browser;
      beforeAll(async () => {
        page = await servePage(outDir);
        api = await startApiServer({ kind: 'pglite' }, { corsOrigins: [page.origin] });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      }, 60_000);
      afterAll(async () => {
        await browser?.close();
        await api?.stop();
        page?.server.close();
      });

      it('does each README job from the page, across origins, with the API allowing that origin', async () => {
        const tab = await browser.newPage();
        const url = `${page.origin}/?api=${encodeURIComponent(api.url)}&token=${encodeURIComponent(api.tokens.home)}`;
        await tab.goto(url);
        await tab.waitForFunction(
          "document.getElementById('result').textContent.startsWith('{')",
          undefined,
          {
            timeout: 20_000,
          },
        );
        const result = JSON.parse(await tab.locator('#result').innerText());
        expect(result).toEqual({
          notifyBy: '2026-11-26',
          dueThisWeek: expect.any(Number),
          invalid: 1,
          conflict: 2,
          offlineNotifyBy: '2026-11-26',
          offlineValid: 1,
        });
      }, 60_000);
    },
  );
});
