import { PROBLEM_CODES, type ProblemCode } from './problem-codes.ts';
import type { CodeCount, Problem, Report, Severity } from './report.ts';

export const DEFAULT_MAX_PROBLEMS = 1000;
export const EXAMPLES_WITH_CONTEXT = 3;

/**
 * Collects problems into a report with complete counts but a bounded list: at most `maxProblems`
 * problems of each code are kept, so memory stays flat however many records fail. The first
 * few of each code may carry context (the row above and the row), built only when kept.
 */
export class ReportBuilder {
  private records = 0;
  private valid = 0;
  private errors = 0;
  private warnings = 0;
  private readonly byCode = new Map<string, CodeCount>();
  private readonly byColumn = new Map<string, number>();
  private readonly kept: Problem[] = [];
  private readonly maxProblems: number;

  constructor(options: { maxProblems?: number } = {}) {
    this.maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  }

  /** A record was read: counted valid when none of its problems is an error. */
  countRecord(hasErrors: boolean): void {
    this.records++;
    if (!hasErrors) this.valid++;
  }

  /**
   * Counts a problem and keeps it if its code has room. `withContext` is called only for the
   * first few kept problems of a code, to attach the cells around it.
   */
  add(problem: Problem, description: string | (() => string), withContext?: () => Problem['context']): void {
    if (problem.severity === 'error') this.errors++;
    else this.warnings++;
    const count = this.byCode.get(problem.code);
    const seen = count?.count ?? 0;
    if (count) count.count++;
    else {
      const text = typeof description === 'string' ? description : description();
      this.byCode.set(problem.code, { severity: problem.severity, count: 1, description: text });
    }
    if (problem.column !== undefined)
      this.byColumn.set(problem.column, (this.byColumn.get(problem.column) ?? 0) + 1);
    if (seen >= this.maxProblems) return;
    if (seen < EXAMPLES_WITH_CONTEXT && withContext) {
      const context = withContext();
      if (context) problem.context = context;
    }
    this.kept.push(problem);
  }

  /** A problem with the file rather than a record (an unknown column, a skipped sheet). */
  addFileProblem(
    problem: Omit<Problem, 'severity' | 'code'> & { code: ProblemCode; severity?: Severity },
  ): void {
    this.add({ severity: 'error', ...problem }, PROBLEM_CODES[problem.code]);
  }

  /**
   * Adds a report made elsewhere (a worker's batch of lines) after everything added so far: counts
   * add up, and its problems are kept in order while their codes have room. For a part of a
   * file, `offset` says how many lines and records of that file came before it.
   */
  merge(part: Report, offset: { lines: number; records: number } = { lines: 0, records: 0 }): void {
    this.records += part.summary.records;
    this.valid += part.summary.valid;
    this.errors += part.summary.errors;
    this.warnings += part.summary.warnings;
    const keptBefore = new Map<string, number>();
    for (const [code, count] of Object.entries(part.summary.byCode)) {
      const existing = this.byCode.get(code);
      keptBefore.set(code, Math.min(existing?.count ?? 0, this.maxProblems));
      if (existing) existing.count += count.count;
      else this.byCode.set(code, { ...count });
    }
    for (const [column, count] of Object.entries(part.summary.byColumn)) {
      this.byColumn.set(column, (this.byColumn.get(column) ?? 0) + count);
    }
    for (const problem of part.problems) {
      const kept = keptBefore.get(problem.code) ?? 0;
      if (kept >= this.maxProblems) continue;
      keptBefore.set(problem.code, kept + 1);
      const moved = { ...problem };
      if (moved.line !== undefined) moved.line += offset.lines;
      if (moved.record !== undefined) moved.record += offset.records;
      this.kept.push(moved);
    }
  }

  report(): Report {
    const sortedEntries = <T>(map: Map<string, T>) =>
      Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      summary: {
        records: this.records,
        valid: this.valid,
        invalid: this.records - this.valid,
        errors: this.errors,
        warnings: this.warnings,
        byCode: sortedEntries(this.byCode),
        byColumn: sortedEntries(this.byColumn),
      },
      problems: this.kept,
    };
  }
}
