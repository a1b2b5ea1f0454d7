import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  csvTemplate,
  type Problem,
  REPORT_CSV_COLUMNS,
  type Report,
  SCHEMA_IDS,
  xlsxTemplate,
} from '@safeguarding/validator';
import {
  incidentsWorkbook,
  seriousIncident,
  tableRow,
  templateColumns,
} from '@safeguarding/validator/testing';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PAGE_CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import {
  AS_OF,
  checkFiles,
  chromiumSuite,
  cliReport,
  downloaded,
  FIXTURES,
  firstExample,
  LAUNCH,
  requireBuiltPage,
  TEST_OUTPUT,
  waitForReport,
} from './testing/browser.ts';

const API_BIN = fileURLToPath(new URL('../../api/bin/safeguarding-api.js', import.meta.url));
const SCHEMA = 'serious-incident-input';

/** The real API (`safeguarding-api serve`, as a team would run it) on a free loopback port. */
async function startApi(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [API_BIN, 'serve', '--port', '0', '--quiet', '--data', dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`the API exited before listening: ${stderr}`)));
  });
  return { url, child };
}

/** Where a report says each problem is: the fields a person uses to find it. */
const located = ({ code, line, sheet, row, column, cell, path }: Problem) =>
  Object.fromEntries(
    Object.entries({ code, line, sheet, row, column, cell, path }).filter(([, value]) => value !== undefined),
  );

chromiumSuite('the validator page, served by the API at /validator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validator-web-api-'));
  let api: { url: string; child: ChildProcess };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Every address the page asked for, and those outside its origin (refused, as with the network off). */
  const requested: string[] = [];
  const refused: string[] = [];
  const policyViolations: string[] = [];

  beforeAll(async () => {
    requireBuiltPage();
    writeFileSync(join(dir, 'incidents.xlsx'), await incidentsWorkbook());
    for (const name of ['incidents.csv', 'incidents.ndjson', 'incidents.json']) {
      writeFileSync(join(dir, name), readFileSync(join(FIXTURES, name)));
    }
    mkdirSync(join(dir, 'data'));
    [api, browser] = await Promise.all([startApi(join(dir, 'data')), chromium.launch(LAUNCH)]);
    context = await browser.newContext({ acceptDownloads: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(`${api.url}/`) || url.startsWith('blob:')) return route.continue();
      refused.push(url);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) policyViolations.push(message.text());
    });
    const response = await page.goto(`${api.url}/validator`);
    expect(response?.url()).toBe(`${api.url}/validator/`);
    expect(response?.headers()['content-security-policy']).toBe(PAGE_CONTENT_SECURITY_POLICY);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    api?.child.kill('SIGTERM');
  });

  it('offers every record schema by its id, under the labels the issue names', async () => {
    const values = await page
      .locator('#record-type option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect([...values].sort()).toEqual([...SCHEMA_IDS].sort());
    expect(await page.getByLabel('Record type').evaluate((element) => element.tagName)).toBe('SELECT');
    expect(await page.getByLabel('Choose files').getAttribute('type')).toBe('file');
    await expect(page.locator('.privacy').innerText()).resolves.toMatch(/sends nothing anywhere/);
  });

  it.each([
    {
      format: 'CSV',
      file: 'incidents.csv',
      want: [
        {
          code: 'SI-007',
          where: 'incidents.csv, row 3, column laBecameAware (cell H3)',
          row: '3',
          column: 'laBecameAware',
        },
        {
          code: 'SCHEMA-TYPE',
          where: 'row 6, column children.0.ageYears (cell J6)',
          row: '6',
          column: 'children.0.ageYears',
        },
        { code: 'FILE-UNKNOWN-COLUMN', where: 'row 1, column childName (cell O1)' },
      ],
    },
    {
      format: 'NDJSON',
      file: 'incidents.ndjson',
      want: [
        { code: 'SI-008', where: 'incidents.ndjson, line 3, field panelNotified' },
        { code: 'FILE-JSON', where: 'incidents.ndjson, line 4' },
        { code: 'SCHEMA-UNKNOWN-FIELD', where: 'line 6, field childName' },
      ],
    },
    {
      format: 'JSON',
      file: 'incidents.json',
      want: [{ code: 'SI-005', where: 'incidents.json, line 55, field children.0.ageYears' }],
    },
    {
      format: 'XLSX',
      file: 'incidents.xlsx',
      want: [
        {
          code: 'SCHEMA-PATTERN',
          where: 'incidents.xlsx, sheet 2025, row 3, column area (cell A3)',
          row: '3',
          column: 'area',
        },
        {
          code: 'SI-007',
          where: 'sheet 2026, row 4, column laBecameAware (cell D4)',
          row: '4',
          column: 'laBecameAware',
        },
        { code: 'FILE-SHEET-SKIPPED', where: 'sheet Notes, row 1' },
      ],
    },
  ])(
    '$format: points at the known rows and columns, and downloads exactly the command line’s JSON report',
    async ({ file, want }) => {
      await checkFiles(page, SCHEMA, join(dir, file));
      // Checked in a Web Worker, off the page's thread (an earlier check's worker may still be closing).
      expect(page.workers().length).toBeGreaterThanOrEqual(1);
      for (const expected of want) {
        const shown = await firstExample(page, expected.code);
        expect(shown.where).toContain(expected.where);
        if (expected.row)
          expect(shown.highlighted).toMatchObject({ row: expected.row, column: expected.column });
      }
      const json = await downloaded(page, '#download-json');
      expect(json.name).toBe(file.replace(/\.\w+$/, '-report.json'));
      // Byte for byte what `safeguarding validate --format json` prints for the same file.
      expect(json.bytes.toString('utf8')).toBe(cliReport(dir, SCHEMA, [file]));
      const report = JSON.parse(json.bytes.toString('utf8')) as Report;
      for (const expected of want) {
        expect(report.problems.map(located)).toContainEqual(expect.objectContaining({ code: expected.code }));
      }
      const csv = (await downloaded(page, '#download-csv')).bytes.toString('utf8');
      expect(csv.startsWith(`${REPORT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
      // A row per problem (some messages hold no line breaks, so rows are lines here).
      expect(csv.trimEnd().split('\r\n')).toHaveLength(report.problems.length + 1);
    },
  );

  it('checks several files into one report, as the command line does', async () => {
    const files = ['incidents.csv', 'incidents.ndjson', 'incidents.json', 'incidents.xlsx'];
    await checkFiles(
      page,
      SCHEMA,
      files.map((file) => join(dir, file)),
    );
    const json = await downloaded(page, '#download-json');
    expect(json.bytes.toString('utf8')).toBe(cliReport(dir, SCHEMA, files));
  });

  it('shows the summary first, charts by code and by column, and filters by code, column and severity', async () => {
    await checkFiles(page, SCHEMA, join(dir, 'incidents.csv'));
    const report = page.locator('#report');
    const order = await report.evaluate((section) =>
      [...section.querySelectorAll('.summary, .chart caption, .group')].map((element) =>
        element.matches('.summary') ? 'summary' : element.matches('caption') ? element.textContent : 'group',
      ),
    );
    expect(order.slice(0, 3)).toEqual(['summary', 'Problems by code', 'Problems by column']);
    const summary = await report.locator('.summary').innerText();
    expect(summary.replace(/\s+/g, ' ')).toBe('Records read 6 Valid 2 With errors 4 Errors 5 Warnings 2');
    const chartRows = async (caption: string) =>
      report
        .locator('table', { has: page.locator(`caption:text-is("${caption}")`) })
        .locator('tbody th')
        .allInnerTexts();
    expect(await chartRows('Problems by column')).toContain('laBecameAware');
    expect(await chartRows('Problems by code')).toContain('SI-007');

    const codes = () =>
      report
        .locator('.group')
        .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-code')));
    const all = await codes();
    expect(all).toContain('SI-007');
    await page.selectOption('#filter-severity', 'warning');
    expect(await codes()).toEqual(all.filter((code) => code?.startsWith('DUTY-')));
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-column', 'area');
    expect(await codes()).toEqual(['SCHEMA-PATTERN']);
    await page.selectOption('#filter-column', '');
    await page.selectOption('#filter-code', 'SI-007');
    expect(await codes()).toEqual(['SI-007']);
    await expect(page.locator('#shown').innerText()).resolves.toBe(
      `Showing 1 of ${all.length} kinds of problem.`,
    );
    await page.selectOption('#filter-code', '');
  });

  it('masks personal data in the examples, as the report does', async () => {
    // incidentDate is personal data (for a death, the date of death); childName is not in the schema.
    const text = await page.locator('#report').innerText();
    expect(text).toContain('[personal data]');
    expect(text).not.toContain('Ann Example');
    expect(await page.locator('[data-code="SI-007"] .context').innerText()).not.toContain('2026-11-02');
  });

  it('gives a template per record type, the same as `safeguarding template`', async () => {
    await page.selectOption('#record-type', 'rapid-review-input');
    await waitForReport(page);
    const csv = await downloaded(page, '#template-csv');
    expect(csv.name).toBe('rapid-review-input-template.csv');
    expect(csv.bytes.toString('utf8')).toBe(csvTemplate('rapid-review-input'));
    const xlsx = await downloaded(page, '#template-xlsx');
    expect(new Uint8Array(xlsx.bytes)).toEqual(xlsxTemplate('rapid-review-input'));
  });

  it('works by keyboard alone, with focus always visible', async () => {
    await page.goto(`${api.url}/validator/`);
    const stops: { id: string; outline: string }[] = [];
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          return {
            id: element.id || element.className,
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }),
      );
      if (stops.at(-1)?.id === 'template-xlsx') break;
    }
    const ids = stops.map((stop) => stop.id);
    // The date field takes a tab per part (day, month, year); order is the page's order.
    const firsts = ids.filter((id, index) => ids.indexOf(id) === index);
    expect(firsts).toEqual(['skip-link', 'record-type', 'as-of', 'files', 'template-csv', 'template-xlsx']);
    for (const stop of stops) expect(stop.outline, stop.id).toMatch(/^solid [3-9]px$/);

    // Choose the record type with the arrow keys and the files from the keyboard's file dialog.
    await page.focus('#record-type');
    await page.keyboard.press('End');
    expect(await page.locator('#record-type').inputValue()).toBe('child-death');
    await page.selectOption('#record-type', SCHEMA);
    await page.fill('#as-of', AS_OF);
    await page.focus('#files');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(join(dir, 'incidents.csv'));
    await waitForReport(page);
    await expect(page.locator('#status').innerText()).resolves.toBe(
      'Checked incidents.csv: 6 records read, 2 valid, 4 with errors, 5 errors, 2 warnings.',
    );
  });

  it('checks files dropped on the page', async () => {
    const text = readFileSync(join(FIXTURES, 'incidents.ndjson'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.ndjson'));
      return transfer;
    }, text);
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await waitForReport(page);
    expect(await page.locator('#status').innerText()).toMatch(/^Checked dropped\.ndjson: 6 records read/);
  });

  it('passes the axe-core accessibility check (WCAG 2.2 A and AA) with a report shown', async () => {
    await checkFiles(page, SCHEMA, join(dir, 'incidents.csv'));
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    const violations = results.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
    expect(violations).toEqual([]);
    // The rules that matter here did run: contrast, labels, tables.
    const ran = [...results.passes, ...results.incomplete].map((rule) => rule.id);
    expect(ran).toEqual(expect.arrayContaining(['color-contrast', 'label', 'th-has-data-cells']));

    mkdirSync(TEST_OUTPUT, { recursive: true });
    const screenshot = join(TEST_OUTPUT, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot of the report, for review: ${screenshot}`);
  });

  it('checks 100,000 rows without freezing the page, showing progress as it reads', async () => {
    const columns = templateColumns('serious-incident');
    const path = join(dir, 'many.csv');
    const lines = [columns.join(',')];
    for (let index = 0; index < 100_000; index++) {
      lines.push(
        tableRow(seriousIncident(index), columns)
          .map((cell) => {
            const text = cell === undefined ? '' : String(cell);
            return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
          })
          .join(','),
      );
    }
    writeFileSync(path, `${lines.join('\n')}\n`);

    // A heartbeat every 50 ms on the page's thread, and the browser's own record of long tasks.
    await page.evaluate(() => {
      const watch = { beats: 0, longestGap: 0, longestTask: 0, progress: new Set<number>() };
      (window as unknown as { watch: typeof watch }).watch = watch;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        watch.longestGap = Math.max(watch.longestGap, now - last);
        last = now;
        watch.beats++;
        const bar = document.getElementById('progress') as HTMLProgressElement;
        if (bar.hasAttribute('value') && bar.value > 0 && bar.value < bar.max) watch.progress.add(bar.value);
      }, 50);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          watch.longestTask = Math.max(watch.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.selectOption('#record-type', 'serious-incident');
    await page.setInputFiles('#files', path);
    await waitForReport(page, 240_000);
    const seconds = (Date.now() - started) / 1000;
    const watch = await page.evaluate(() => {
      const { beats, longestGap, longestTask, progress } = (
        window as unknown as {
          watch: { beats: number; longestGap: number; longestTask: number; progress: Set<number> };
        }
      ).watch;
      return { beats, longestGap, longestTask, progressSteps: progress.size };
    });
    console.log(`100,000 rows: ${seconds.toFixed(1)} s in Chromium; page thread: ${JSON.stringify(watch)}`);
    expect(await page.locator('.summary').innerText()).toMatch(/Records read\s+100,000/);
    // Checking on the page's own thread would block it for the whole run (seconds); in the worker
    // the page's longest task and its heartbeat's longest gap stay short. Bounds are generous for a busy machine.
    expect(watch.longestTask).toBeLessThan(1000);
    expect(watch.longestGap).toBeLessThan(1500);
    expect(watch.beats).toBeGreaterThan(seconds * 5);
    expect(watch.progressSteps).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it('asked for nothing outside its own origin, and broke none of its policy', () => {
    expect(refused).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(url).toMatch(new RegExp(`^(${api.url}/validator(/|$)|blob:)`));
    expect(policyViolations).toEqual([]);
  });
});
