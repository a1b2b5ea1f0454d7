import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateColumns } from '@safeguarding/validator';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'template-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('safeguarding template', () => {
  it('writes a CSV header of every column and an example row to standard output', async () => {
    const io = memoryIo();
    expect(await run(['template', '--type', 'serious-incident', '--format', 'csv'], io)).toBe(0);
    const [header, example, rest] = io.out.split('\r\n');
    expect(header?.split(',')).toEqual(templateColumns('serious-incident'));
    expect(example?.length).toBeGreaterThan(50);
    expect(rest).toBe('');
  });

  it('writes an XLSX file with --output, and the file validates', async () => {
    const path = join(dir, 'child-death.xlsx');
    const io = memoryIo({ today: '2026-11-23' });
    expect(
      await run(['template', '--type', 'child-death-input', '--format', 'xlsx', '--output', path], io),
    ).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(await run(['validate', '--type', 'child-death-input', path], io)).toBe(0);
  });

  it.each([
    { args: ['--type', 'serious-incident', '--format', 'pdf'], err: '--format must be csv or xlsx' },
    { args: ['--format', 'csv'], err: '--type is needed' },
    {
      args: ['--type', 'serious-incident', '--format', 'xlsx'],
      err: 'an XLSX template is binary',
      terminal: true,
    },
    {
      args: ['--type', 'serious-incident', '--output', join(dir, 'no', 'such', 'folder.csv')],
      err: 'cannot write',
    },
  ])('exits 2 for a mistake: $err', async ({ args, err, terminal }) => {
    const io = Object.assign(memoryIo(), { stdoutIsTerminal: terminal === true });
    expect(await run(['template', ...args], io)).toBe(2);
    expect(io.err).toContain(err);
  });
});
