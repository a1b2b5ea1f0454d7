import { describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { EXIT_UNEXPECTED, EXIT_USAGE, run } from './run.ts';
import { USAGE } from './usage.ts';

const SERIOUS_HARM = `
incident: { harm: serious-harm, abuseOrNeglect: suspected, location: in-area }
events: { laBecameAware: '2026-11-23' }
`;

function split(command: string): string[] {
  return command.split(' ').filter((part) => part !== '');
}

describe('run: help and version', () => {
  it.each(['', '--help', '-h', 'help', 'next --help', 'days add -h'])(
    '"%s" prints the usage and exits 0',
    async (command) => {
      const io = memoryIo();
      expect(await run(split(command), io)).toBe(0);
      expect(io.out).toBe(USAGE);
      expect(io.err).toBe('');
    },
  );

  it('--version prints the package version', async () => {
    const io = memoryIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('run: bad arguments exit 2 with one plain line naming the argument and the reason', () => {
  const files = {
    'case.yaml': SERIOUS_HARM,
    'list.yaml': '- 1\n- 2\n',
    'broken.yaml': 'a: [1\n',
    'empty.yaml': '',
    'words.yaml': 'just words\n',
  };
  it.each([
    // unknown command or option
    {
      command: 'bogus',
      message:
        'unknown command bogus: use ask, next, days, duties, validate or template (see safeguarding --help)',
    },
    {
      command: '--bogus',
      message:
        'unknown option --bogus: use ask, next, days, duties, validate or template (see safeguarding --help)',
    },
    {
      command: 'next --facts case.yaml --bogus',
      message: 'unknown option --bogus for "safeguarding next" (see safeguarding --help)',
    },
    {
      command: 'days add 2025-01-01 1 -x',
      message: 'unknown option -x for "safeguarding days add" (see safeguarding --help)',
    },
    {
      command: 'duties --facts case.yaml',
      message: 'unknown option --facts for "safeguarding duties" (see safeguarding --help)',
    },
    { command: 'days', message: 'days needs a command: add, between or holidays (see safeguarding --help)' },
    {
      command: 'days subtract 2025-01-01 1',
      message: 'unknown days command "subtract": use add, between or holidays',
    },
    // missing or repeated values
    { command: 'next', message: 'next needs --facts <file> (or --facts - to read standard input)' },
    {
      command: 'next --facts',
      message: '--facts needs a value: a YAML or JSON file, or - for standard input',
    },
    {
      command: 'next --facts case.yaml --as-of',
      message: '--as-of needs a value: a date written YYYY-MM-DD',
    },
    {
      command: 'next --facts case.yaml --as-of --json',
      message: '--as-of needs a value: a date written YYYY-MM-DD',
    },
    {
      command: 'next --facts case.yaml --as-of=',
      message: '--as-of needs a value: a date written YYYY-MM-DD',
    },
    { command: 'next --facts case.yaml --json --json', message: '--json was given twice' },
    { command: 'next --facts case.yaml --json=yes', message: '--json takes no value (got --json=yes)' },
    {
      command: 'next case.yaml',
      message: 'next takes no bare arguments (got case.yaml); give the file with --facts',
    },
    { command: 'duties wt2023', message: 'duties takes no bare arguments (got wt2023)' },
    {
      command: 'days add 2025-02-20',
      message: 'days add needs a date and a number of working days, e.g. days add 2025-02-20 -7',
    },
    { command: 'days add 2025-02-20 1 2', message: 'unexpected argument 2' },
    {
      command: 'days between 2026-11-23',
      message: 'days between needs two dates, e.g. days between 2026-11-23 2026-11-30',
    },
    {
      command: 'days holidays --from 2026-12-01',
      message: 'days holidays needs --from <date> and --to <date>',
    },
    { command: 'days holidays 2026-12-01 2027-01-31', message: 'unexpected argument 2026-12-01' },
    { command: 'days add 2025-02-20 1 --from 2025-01-01', message: '--from is only for days holidays' },
    // bad dates
    {
      command: 'next --facts case.yaml --as-of 2026-02-30',
      message: '--as-of must be a real date written YYYY-MM-DD (got 2026-02-30)',
    },
    {
      command: 'next --facts case.yaml --as-of 23/11/2026',
      message: '--as-of must be a real date written YYYY-MM-DD (got 23/11/2026)',
    },
    {
      command: 'days add 2025-13-01 1',
      message: 'the date must be a real date written YYYY-MM-DD (got 2025-13-01)',
    },
    {
      command: 'days between 2026-11-23 tomorrow',
      message: 'the second date must be a real date written YYYY-MM-DD (got tomorrow)',
    },
    {
      command: 'days holidays --from 2026-12-01 --to 2027-02-29',
      message: '--to must be a real date written YYYY-MM-DD (got 2027-02-29)',
    },
    {
      command: 'days holidays --from 2027-01-31 --to 2026-12-01',
      message: '--from (2027-01-31) must be on or before --to (2026-12-01)',
    },
    {
      command: 'days add 2199-12-30 5',
      message:
        '5 working days after 2199-12-30 is outside the dates the working-day calendar covers (1900-01-01 to 2199-12-31)',
    },
    // non-integer n
    {
      command: 'days add 2025-02-20 1.5',
      message: 'the number of working days must be a whole number, such as 5 or -7 (got 1.5)',
    },
    {
      command: 'days add 2025-02-20 -1.5',
      message: 'the number of working days must be a whole number, such as 5 or -7 (got -1.5)',
    },
    {
      command: 'days add 2025-02-20 five',
      message: 'the number of working days must be a whole number, such as 5 or -7 (got five)',
    },
    {
      command: 'days add 2025-02-20 1e3',
      message: 'the number of working days must be a whole number, such as 5 or -7 (got 1e3)',
    },
    // unknown edition
    {
      command: 'next --facts case.yaml --edition wt2020',
      message: '--edition must be one of wt2013, wt2015, wt2018, wt2023 (got wt2020)',
    },
    {
      command: 'duties --edition 2023',
      message: '--edition must be one of wt2013, wt2015, wt2018, wt2023 (got 2023)',
    },
    // unreadable or invalid files
    {
      command: 'next --facts missing.yaml',
      message: 'cannot read the facts file missing.yaml: there is no such file',
    },
    {
      command: 'next --facts broken.yaml',
      message:
        'the facts file broken.yaml is not valid YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1',
    },
    {
      command: 'next --facts list.yaml',
      message: 'the facts file list.yaml must hold the case facts as named fields, but holds a list',
    },
    {
      command: 'next --facts words.yaml',
      message: 'the facts file words.yaml must hold the case facts as named fields, but holds text',
    },
    { command: 'next --facts empty.yaml', message: 'the facts file empty.yaml is empty' },
    {
      command: 'days add 2025-02-20 1 --calendar /no/such/calendar.json',
      message:
        '--calendar: /no/such/calendar.json is not a valid bank-holiday list: the file could not be read: there is no such file',
    },
  ])('$command', async ({ command, message }) => {
    const io = memoryIo({ files });
    expect(await run(split(command), io)).toBe(EXIT_USAGE);
    expect(io.err).toBe(`safeguarding: ${message}\n`);
    expect(io.out).toBe('');
  });
});

describe('run: invalid facts exit 2 naming each field', () => {
  it.each([
    {
      facts: {
        incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected' },
        events: { laBecameAware: '2026-11-23', panelNotified: '2026-11-20' },
      },
      message:
        'the facts are not valid: events.panelNotified cannot be before laBecameAware (panelNotified 2026-11-20 is before laBecameAware 2026-11-23)\n',
    },
    {
      facts: {
        incident: { harm: 'bad', abuseOrNeglect: 'suspected' },
        events: { laBecameAware: '2026-13-23' },
      },
      message: [
        'the facts are not valid:',
        '  - incident.harm must be one of: death, serious-harm, none',
        '  - events.laBecameAware must be a real date written YYYY-MM-DD, for example 2026-11-23',
        '',
      ].join('\n'),
    },
    {
      facts: {
        edition: 'wt2013',
        incident: { harm: 'death', abuseOrNeglect: 'known' },
        events: { laBecameAware: '1850-01-01' },
      },
      message:
        'the facts are not valid: events.laBecameAware is outside the years the working-day calendar covers (1900 to 2199)\n',
    },
  ])('$message', async ({ facts, message }) => {
    const io = memoryIo({ stdin: JSON.stringify(facts) });
    expect(await run(['next', '--facts', '-', '--as-of', '2026-11-23'], io)).toBe(EXIT_USAGE);
    expect(io.err).toBe(`safeguarding: ${message}`);
  });

  it('refuses an as-of date before Working Together 2013, naming the option', async () => {
    const io = memoryIo({ stdin: JSON.stringify({ events: {} }) });
    expect(await run(['next', '--facts', '-', '--as-of', '2012-05-01'], io)).toBe(EXIT_USAGE);
    expect(io.err).toBe(
      'safeguarding: --as-of is before 15 April 2013, when Working Together 2013 came in; the toolkit covers Working Together 2013 onwards\n',
    );
  });

  it('refuses a scenario whose as_of is not a real date', async () => {
    const io = memoryIo({ stdin: 'as_of: 2026-02-30\nfacts: { events: {} }\n' });
    expect(await run(['next', '--facts', '-'], io)).toBe(EXIT_USAGE);
    expect(io.err).toBe(
      "safeguarding: the scenario's as_of must be a real date written YYYY-MM-DD (got 2026-02-30)\n",
    );
  });
});

describe('run: unexpected failures', () => {
  it('print one line without a stack trace and exit 1', async () => {
    const io = memoryIo({ files: { 'case.yaml': SERIOUS_HARM } });
    const failing = {
      ...io,
      stdout: () => {
        throw new Error('disk full\n    at somewhere (file.ts:1:1)');
      },
    };
    expect(await run(['next', '--facts', 'case.yaml', '--json'], failing)).toBe(EXIT_UNEXPECTED);
    expect(io.err).toBe('safeguarding: something went wrong that should not have: disk full\n');
  });
});
