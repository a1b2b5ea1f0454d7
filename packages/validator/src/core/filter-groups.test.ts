import { describe, expect, it } from 'vitest';
import { filterGroups, type ProblemFilter } from './filter-groups.ts';
import type { Problem } from './report.ts';
import type { ProblemGroup } from './report-groups.ts';

const problem = (code: string, column?: string): Problem => ({
  severity: code.startsWith('DUTY-') ? 'warning' : 'error',
  code,
  message: 'm.',
  file: 'f.csv',
  path: '',
  ...(column === undefined ? {} : { column }),
});
const group = (code: string, ...problems: Problem[]): ProblemGroup => ({
  code,
  severity: problems[0]?.severity ?? 'error',
  description: 'd',
  count: problems.length,
  citations: [],
  problems,
});
const groups = [
  group('SI-007', problem('SI-007', 'laBecameAware'), problem('SI-007', 'incidentDate')),
  group('SCHEMA-PATTERN', problem('SCHEMA-PATTERN', 'area')),
  group('DUTY-si-notify-panel', problem('DUTY-si-notify-panel', 'panelNotified')),
  group('FILE-CUT-SHORT', problem('FILE-CUT-SHORT')),
];
/** What is left: each group's code and the columns of its problems. */
const left = (filter: ProblemFilter) =>
  filterGroups(groups, filter).map((kept) => [kept.code, kept.problems.map((p) => p.column ?? '-')]);

describe('filterGroups', () => {
  it.each<{ given: ProblemFilter; want: [string, string[]][] }>([
    {
      given: {},
      want: [
        ['SI-007', ['laBecameAware', 'incidentDate']],
        ['SCHEMA-PATTERN', ['area']],
        ['DUTY-si-notify-panel', ['panelNotified']],
        ['FILE-CUT-SHORT', ['-']],
      ],
    },
    { given: { code: 'SCHEMA-PATTERN' }, want: [['SCHEMA-PATTERN', ['area']]] },
    { given: { severity: 'warning' }, want: [['DUTY-si-notify-panel', ['panelNotified']]] },
    { given: { column: 'incidentDate' }, want: [['SI-007', ['incidentDate']]] },
    { given: { code: 'SI-007', column: 'area' }, want: [] },
    { given: { severity: 'error', column: 'area' }, want: [['SCHEMA-PATTERN', ['area']]] },
  ])('$given', ({ given, want }) => {
    expect(left(given)).toEqual(want);
  });

  it('keeps the complete count of a group narrowed to a column', () => {
    expect(filterGroups(groups, { column: 'incidentDate' })[0]?.count).toBe(2);
  });
});
