import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousIncident } from '../testing/generate-records.ts';
import { UnreadableFileError, validateFiles } from './validate-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'validate-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { schemaId: 'serious-incident', asOf: '2026-11-23', maxProblems: 20 };

describe('validateFiles', () => {
  it('checks NDJSON on every core with exactly the report of one thread', async () => {
    const path = join(dir, 'many.ndjson');
    // About 9 MB: several batches, so order across workers matters.
    writeFileSync(
      path,
      `${Array.from({ length: 12_000 }, (_, index) => JSON.stringify(seriousIncident(index))).join('\n')}\n`,
    );
    const single = await validateFiles([{ path }], { ...options, parallel: false });
    const parallel = await validateFiles([{ path }], { ...options, parallel: true });
    expect(parallel).toEqual(single);
    expect(single.summary.records).toBe(12_000);
    expect(single.summary.errors).toBeGreaterThan(100);
    expect(single.problems.map((problem) => problem.line)).toEqual(
      [...single.problems.map((problem) => problem.line)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });

  it('reads standard input as "-", and puts several files in one report', async () => {
    const path = join(dir, 'one.ndjson');
    writeFileSync(path, `${JSON.stringify(seriousIncident(7))}\n`);
    async function* stdin() {
      yield new TextEncoder().encode(`${JSON.stringify(seriousIncident(19))}\n`);
    }
    const report = await validateFiles([{ path }, { path: '-', format: 'ndjson' }], {
      ...options,
      stdin: stdin(),
    });
    expect(report.summary.records).toBe(2);
    expect(report.problems.map((problem) => [problem.file, problem.code])).toEqual([
      [path, 'SI-008'],
      ['-', 'SCHEMA-PATTERN'],
    ]);
  });

  it.each([
    { why: 'a missing file', path: join(dir, 'missing.csv'), message: 'there is no such file' },
    { why: 'a folder', path: dir, message: 'it is a folder' },
    { why: 'a name that says no format', path: join(dir, 'notes.txt'), message: 'use --input-format' },
  ])('refuses $why with a plain sentence', async ({ path, message }) => {
    if (path.endsWith('.txt')) writeFileSync(path, 'notes');
    await expect(validateFiles([{ path }], options)).rejects.toThrow(UnreadableFileError);
    await expect(validateFiles([{ path }], options)).rejects.toThrow(message);
  });
});
