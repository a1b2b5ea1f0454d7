import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvTemplate, type Report } from '@safeguarding/validator';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

const FIXTURES = fileURLToPath(new URL('../../../../packages/validator/fixtures/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/safeguarding.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'validate-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const validCsv = join(dir, 'valid.csv');
writeFileSync(validCsv, csvTemplate('serious-incident-input'));

describe('safeguarding validate: exit codes', () => {
  it.each([
    { why: 'every record valid', args: ['--type', 'serious-incident-input', validCsv], code: 0 },
    { why: 'errors found', args: ['--type', 'serious-incident-input', `${FIXTURES}incidents.csv`], code: 1 },
    {
      why: 'errors in one file of several',
      args: ['--type', 'serious-incident-input', validCsv, `${FIXTURES}incidents.json`],
      code: 1,
    },
    { why: 'no --type', args: [validCsv], code: 2, err: '--type is needed' },
    {
      why: 'an unknown --type',
      args: ['--type', 'incident', validCsv],
      code: 2,
      err: '--type must be one of',
    },
    { why: 'no file', args: ['--type', 'serious-incident'], code: 2, err: 'give at least one file' },
    {
      why: 'a missing file',
      args: ['--type', 'serious-incident', join(dir, 'nope.csv')],
      code: 2,
      err: 'there is no such file',
    },
    {
      why: 'a bad --format',
      args: ['--type', 'serious-incident', '--format', 'xml', validCsv],
      code: 2,
      err: '--format must be text or json',
    },
    {
      why: 'a bad --input-format',
      args: ['--type', 'serious-incident', '--input-format', 'tsv', validCsv],
      code: 2,
      err: '--input-format must be one of',
    },
    {
      why: 'a bad --max-problems',
      args: ['--type', 'serious-incident', '--max-problems', '0', validCsv],
      code: 2,
      err: '--max-problems must be 1 or more',
    },
    {
      why: 'standard input twice',
      args: ['--type', 'serious-incident', '-', '-'],
      code: 2,
      err: 'only once',
    },
  ])('$why: exit $code', async ({ args, code, err }) => {
    const io = memoryIo();
    expect(await run(['validate', ...args], io)).toBe(code);
    if (err) {
      expect(io.err).toContain(err);
      expect(io.err.trim().split('\n')).toHaveLength(1);
      expect(io.err).not.toMatch(/\bat .*\.ts:\d+/);
    } else expect(io.err).toBe('');
  });
});

describe('safeguarding validate: reports', () => {
  it('--format json prints the report, pointing at rows and columns', async () => {
    const io = memoryIo({ today: '2026-11-23' });
    expect(
      await run(
        ['validate', '--type', 'serious-incident-input', '--format', 'json', `${FIXTURES}incidents.csv`],
        io,
      ),
    ).toBe(1);
    const report = JSON.parse(io.out) as Report;
    expect(report.summary).toMatchObject({ records: 6, valid: 2, invalid: 4 });
    expect(report.problems.find((problem) => problem.code === 'SI-007')).toMatchObject({
      row: 3,
      column: 'laBecameAware',
      cell: 'H3',
    });
    expect(report.problems.find((problem) => problem.code === 'DUTY-si-notify-panel')).toMatchObject({
      severity: 'warning',
      duty: 'si-notify-panel',
      citations: expect.arrayContaining([expect.objectContaining({ source: 'ca2004' })]),
    });
  });

  it('text: the summary first, counts by code and by column, then examples with the row above', async () => {
    const io = memoryIo({ today: '2026-11-23' });
    await run(['validate', '--type', 'serious-incident-input', `${FIXTURES}incidents.csv`], io);
    const text = io.out;
    expect(text.split('\n')[0]).toBe(
      'serious-incident-input: 6 records read · 2 valid · 4 with errors · 5 errors · 2 warnings',
    );
    expect(text.indexOf('By code')).toBeLessThan(text.indexOf('By column'));
    expect(text).toContain(
      `${FIXTURES}incidents.csv, row 3, column laBecameAware (H3): laBecameAware cannot be before incidentDate.`,
    );
    expect(text).toMatch(/> 3 .*\[2026-11-09\]/);
    expect(text).not.toContain('Ann Example');
  });

  it('--max-examples limits the examples shown per code', async () => {
    const io = memoryIo({ today: '2026-11-23' });
    await run(
      ['validate', '--type', 'serious-incident-input', '--max-examples', '0', `${FIXTURES}incidents.csv`],
      io,
    );
    expect(io.out).not.toContain('row 3, column laBecameAware');
    expect(io.out).toContain('… and 1 more');
  });

  it('reads standard input (-) with --input-format', async () => {
    const io = memoryIo({ stdin: readFileSync(`${FIXTURES}incidents.ndjson`, 'utf8'), today: '2026-11-23' });
    expect(
      await run(
        ['validate', '--type', 'serious-incident-input', '--input-format', 'ndjson', '--format', 'json', '-'],
        io,
      ),
    ).toBe(1);
    expect((JSON.parse(io.out) as Report).summary.records).toBe(6);
  });

  it('--incidents: a rapid review completed late is a warning, judged from its serious incident', async () => {
    const incidents = join(dir, 'incidents.ndjson');
    const incident = {
      id: 'si-1',
      version: 1,
      createdAt: '2026-11-02T09:00:00Z',
      updatedAt: '2026-11-02T09:00:00Z',
      area: 'E08000034',
      notifier: { role: 'Head of Service' },
      incidentType: 'serious-harm',
      harm: 'serious-harm',
      abuseOrNeglect: 'suspected',
      location: 'in-area',
      incidentDate: '2026-11-01',
      laBecameAware: '2026-11-02',
      children: [{ reference: 'C-1', ageYears: 6 }],
      caseOutline: 'Outline.',
      panelNotified: '2026-11-04',
      partnersNotified: '2026-11-04',
    };
    writeFileSync(incidents, `${JSON.stringify(incident)}\n`);
    const reviews = join(dir, 'reviews.ndjson');
    writeFileSync(
      reviews,
      `${JSON.stringify({ area: 'E08000034', seriousIncidentId: 'si-1', started: '2026-11-05', completed: '2027-01-20', sentToPanel: '2027-01-20' })}\n`,
    );
    const args = [
      'validate',
      '--type',
      'rapid-review-input',
      '--format',
      'json',
      '--as-of',
      '2027-02-01',
      reviews,
    ];
    const alone = memoryIo();
    expect(await run(args, alone)).toBe(0);
    expect((JSON.parse(alone.out) as Report).summary.warnings).toBe(0);
    const withIncidents = memoryIo();
    expect(await run([...args, '--incidents', incidents], withIncidents)).toBe(0);
    const late = (JSON.parse(withIncidents.out) as Report).problems.map((problem) => [
      problem.duty,
      problem.path,
    ]);
    expect(late).toContainEqual(['rr-complete', '/completed']);
  });

  it('runs for real: piped into the built command, exit 1 and the JSON report', () => {
    const result = spawnSync(
      process.execPath,
      [
        BIN,
        'validate',
        '--type',
        'serious-incident-input',
        '--input-format',
        'csv',
        '--format',
        'json',
        '--as-of',
        '2026-11-23',
        '-',
      ],
      {
        input: readFileSync(`${FIXTURES}incidents.csv`),
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as Report).summary.errors).toBe(5);
  });
});
