import type { Severity } from './report.ts';
import type { ProblemGroup } from './report-groups.ts';

/** What a person narrows a report to; each part left out matches everything. */
export type ProblemFilter = { code?: string; column?: string; severity?: Severity };

/**
 * The groups that match a filter: by code and severity whole groups, by column the problems
 * inside them (a group with none left in that column is dropped).
 */
export function filterGroups(groups: readonly ProblemGroup[], filter: ProblemFilter): ProblemGroup[] {
  return groups.flatMap((group) => {
    if (filter.code !== undefined && group.code !== filter.code) return [];
    if (filter.severity !== undefined && group.severity !== filter.severity) return [];
    if (filter.column === undefined) return [group];
    const problems = group.problems.filter((problem) => problem.column === filter.column);
    return problems.length === 0 ? [] : [{ ...group, problems }];
  });
}
