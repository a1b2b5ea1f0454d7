import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { SINGLE_FILE, SITE_FOLDER } from '../build-output.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const LAUNCH = { executablePath: CHROMIUM, args: ['--no-sandbox'] };
export const FIXTURES = fileURLToPath(new URL('../../../../packages/validator/fixtures/', import.meta.url));
const CLI = fileURLToPath(new URL('../../../assistant/bin/safeguarding.js', import.meta.url));
/** Where tests keep the screenshots people review (ignored by git). */
export const TEST_OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** The day the fixtures' statutory timescales are judged on, in the page and on the command line. */
export const AS_OF = '2026-11-23';

/**
 * A suite that needs Chromium: CI installs Debian's (.ci/run), so there it always runs; elsewhere
 * without it the suite says why it did not run.
 */
export function chromiumSuite(name: string, body: () => void): void {
  if (existsSync(CHROMIUM) || process.env.CI) describe(name, body);
  else describe.skip(`${name}: ${CHROMIUM} is not installed`, body);
}

/** The built page (npm run build, which npm test runs first), or a plain reason to build it. */
export function requireBuiltPage(): void {
  for (const file of [`${SITE_FOLDER}index.html`, SINGLE_FILE]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run npm run build -w @safeguarding/validator-web first`);
  }
}

/** What `safeguarding validate --format json` prints, run in `cwd` on files named as the page names them. */
export function cliReport(cwd: string, schemaId: string, files: readonly string[]): string {
  const run = spawnSync(
    process.execPath,
    [CLI, 'validate', '--type', schemaId, '--format', 'json', '--as-of', AS_OF, ...files],
    { cwd, encoding: 'utf8' },
  );
  // 0: every record valid; 1: errors found. Anything else is a failure of the command.
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  return run.stdout;
}

/**
 * Chooses the record type, the date and the files as a person would; choosing the files starts
 * the check. Resolves when the page announces the finished report.
 */
export async function checkFiles(
  page: Page,
  schemaId: string,
  files: string | string[],
  timeout = 30_000,
): Promise<void> {
  await page.selectOption('#record-type', schemaId);
  await page.fill('#as-of', AS_OF);
  await page.setInputFiles('#files', files);
  await waitForReport(page, timeout);
}

export async function waitForReport(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => /^Checked /.test(document.getElementById('status')?.textContent ?? ''),
    undefined,
    { timeout },
  );
}

/** Clicks a download button and reads what it saved. */
export async function downloaded(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Where the page says a kind of problem first occurs, and the cell it highlights (spreadsheets). */
export async function firstExample(
  page: Page,
  code: string,
): Promise<{ where: string; highlighted?: { row: string; column: string; text: string } }> {
  const example = page.locator(`[data-code="${code}"] .example`).first();
  const where = await example.locator('.where').innerText();
  const offending = example.locator('.offending');
  if ((await offending.count()) === 0) return { where };
  const highlighted = await offending.evaluate((cell) => {
    const row = cell.parentElement as HTMLTableRowElement;
    const table = row.closest('table') as HTMLTableElement;
    const index = [...row.children].indexOf(cell);
    return {
      row: row.querySelector('th')?.textContent ?? '',
      column: table.tHead?.rows[0]?.children[index]?.textContent ?? '',
      text: cell.querySelector('mark')?.textContent ?? '',
    };
  });
  return { where, highlighted };
}
