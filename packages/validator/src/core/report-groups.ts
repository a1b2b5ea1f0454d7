import { PROBLEM_CODES } from './problem-codes.ts';
import { schemaFacts } from './record-checker.ts';
import type { Problem, Report, Severity } from './report.ts';

/** Where a rule comes from: a source a person can look up, with its address when it has one. */
export type GroupCitation = { text: string; url?: string };

/** Every problem of one code, as a person reads a report: what is wrong, why, how often and where. */
export type ProblemGroup = {
  code: string;
  severity: Severity;
  /** The plain-English description of the code. */
  description: string;
  /** How many problems of this code were found (complete, whatever the report kept). */
  count: number;
  citations: GroupCitation[];
  /** The problems of this code the report kept, in file order. */
  problems: Problem[];
};

const FILE_CONVENTIONS: GroupCitation = {
  text: 'The export conventions of the published schemas (schemas/README.md: a header row, dotted column names, one record per line)',
};

function citationsOf(code: string, schemaId: string, problems: readonly Problem[]): GroupCitation[] {
  const facts = schemaFacts(schemaId);
  const schema: GroupCitation = { text: `${facts.title} schema, version ${facts.version}`, url: facts.id };
  if (code.startsWith('DUTY-')) {
    const cited = problems.find((problem) => problem.citations !== undefined)?.citations ?? [];
    return cited.map(({ source, ref, url }) => ({ text: `${source} ${ref}`, ...(url ? { url } : {}) }));
  }
  if (code.startsWith('FILE-') && code in PROBLEM_CODES) return [FILE_CONVENTIONS];
  const rule = facts.rules.find((candidate) => candidate.code === code);
  if (rule?.source !== undefined)
    return [{ text: rule.source }, { ...schema, text: `${schema.text}, rule ${code}` }];
  if (rule) return [{ ...schema, text: `${schema.text}, rule ${code}` }];
  return [schema];
}

/**
 * The report's problems grouped by code, the commonest first (as the text report orders them),
 * each with its description, complete count and citations: the rule's source for a coded rule,
 * the guidance or law for a statutory timescale, the schema for a structural problem.
 */
export function problemGroups(report: Report, schemaId: string): ProblemGroup[] {
  const byCode = new Map<string, Problem[]>();
  for (const problem of report.problems) {
    const list = byCode.get(problem.code);
    if (list) list.push(problem);
    else byCode.set(problem.code, [problem]);
  }
  return Object.entries(report.summary.byCode)
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([code, count]) => {
      const problems = byCode.get(code) ?? [];
      return {
        code,
        severity: count.severity,
        description: count.description,
        count: count.count,
        citations: citationsOf(code, schemaId, problems),
        problems,
      };
    });
}
