import { describe, expect, it } from 'vitest';
import { parseArguments } from './parse-arguments.ts';
import { UsageError } from './usage-error.ts';

const SPECS = {
  facts: { type: 'string', value: 'a file' },
  json: { type: 'boolean', short: 'j' },
} as const;

describe('parseArguments', () => {
  it.each([
    { args: [], options: {}, positionals: [] },
    { args: ['--facts', 'a.yaml', '--json'], options: { facts: 'a.yaml', json: true }, positionals: [] },
    { args: ['--facts=a.yaml', '-j'], options: { facts: 'a.yaml', json: true }, positionals: [] },
    { args: ['--facts', '-'], options: { facts: '-' }, positionals: [] },
    { args: ['2025-02-20', '-7'], options: {}, positionals: ['2025-02-20', '-7'] },
    { args: ['-7', '--json', '-0.5'], options: { json: true }, positionals: ['-7', '-0.5'] },
    { args: ['--facts', '-7'], options: { facts: '-7' }, positionals: [] },
    { args: ['a', '--', '--json', '-x'], options: {}, positionals: ['a', '--json', '-x'] },
  ])('$args', ({ args, options, positionals }) => {
    expect(parseArguments(args, SPECS, 'test')).toEqual({ options, positionals });
  });

  it.each([
    { args: ['--nope'], message: 'unknown option --nope for "test" (see safeguarding --help)' },
    { args: ['-x'], message: 'unknown option -x for "test" (see safeguarding --help)' },
    { args: ['--nope=1'], message: 'unknown option --nope for "test" (see safeguarding --help)' },
    { args: ['--facts'], message: '--facts needs a value: a file' },
    { args: ['--facts', '--json'], message: '--facts needs a value: a file' },
    { args: ['--json', '-j'], message: '--json was given twice' },
    { args: ['--json=no'], message: '--json takes no value (got --json=no)' },
  ])('refuses $args', ({ args, message }) => {
    expect(() => parseArguments(args, SPECS, 'test')).toThrow(new UsageError(message));
  });
});
