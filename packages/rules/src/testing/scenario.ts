import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ActionStatus,
  Confidence,
  DutyStrength,
  Edition,
  IsoDate,
  type NextActions,
} from '@safeguarding/schemas';
import { parse } from 'yaml';
import * as z from 'zod';
import { nextActions } from '../default-engine.ts';

/**
 * A conformance scenario (conformance/README.md): facts, an as-of date, and what the answer must
 * hold. Strict: a misspelt key is an error, not a check silently skipped.
 */
export const Scenario = z.strictObject({
  name: z.string().min(1),
  as_of: IsoDate,
  edition: Edition.optional().meta({ description: 'Apply this edition to every process (an override).' }),
  facts: z.unknown(),
  expect: z.strictObject({
    edition: Edition.optional(),
    actions: z
      .record(
        z.string(),
        z
          .strictObject({
            status: ActionStatus.optional(),
            dueDate: IsoDate.nullable().optional(),
            projected: z.boolean().optional(),
            workingDaysRemaining: z.number().int().optional(),
            strength: DutyStrength.optional(),
            confidence: Confidence.optional(),
            edition: Edition.optional(),
            dependsOn: z.array(z.string()).optional(),
            caveat: z.string().optional().meta({ description: 'Text the caveat must contain.' }),
            citations: z
              .array(z.string())
              .optional()
              .meta({ description: 'Sources the citations must include.' }),
          })
          .nullable(),
      )
      .optional(),
    notApplicable: z.array(z.string()).optional(),
    questions: z.array(z.string()).optional(),
    warnings: z.array(z.string()).optional().meta({ description: 'Text some warning must contain, each.' }),
    checklist: z
      .array(z.string())
      .optional()
      .meta({ description: 'Text some checklist item must contain, each.' }),
  }),
});

export type Scenario = z.infer<typeof Scenario> & { file: string };

/** Reads one scenario file; a malformed one fails naming the file and the field. */
export function readScenarioFile(file: string): Scenario {
  const parsed = Scenario.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`,
    );
    throw new Error(`${file}: not a valid scenario: ${problems.join('; ')}`);
  }
  return { ...parsed.data, file };
}

/** Every scenario in a folder, by file name. */
export function readScenarioFolder(folder: string): Scenario[] {
  return readdirSync(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => readScenarioFile(join(folder, file)));
}

/** The answer a scenario asks about, from the packaged engine (or another answer-giver). */
export function answerScenario(
  scenario: Scenario,
  answer: (facts: unknown, options: { asOf: string; edition?: Edition }) => NextActions = nextActions,
): NextActions {
  return answer(scenario.facts, {
    asOf: scenario.as_of,
    ...(scenario.edition ? { edition: scenario.edition } : {}),
  });
}

/** Every way the answer falls short of the scenario (empty when it conforms). */
export function scenarioMismatches(scenario: Scenario, result: NextActions): string[] {
  const problems: string[] = [];
  const { expect } = scenario;
  if (expect.edition && result.edition !== expect.edition) {
    problems.push(`edition: got ${result.edition}, expected ${expect.edition}`);
  }
  for (const [duty, expected] of Object.entries(expect.actions ?? {})) {
    const action = result.actions.find((candidate) => candidate.duty === duty);
    if (!action) {
      const ruledOut = result.notApplicable.find((entry) => entry.duty === duty);
      problems.push(`${duty}: no action (${ruledOut ? ruledOut.why : 'undecided'})`);
      continue;
    }
    for (const [field, value] of Object.entries(expected ?? {})) {
      const actual = action[field as keyof typeof action];
      if (field === 'citations') {
        const sources = action.citations.map((citation) => citation.source);
        for (const source of value as string[])
          if (!sources.includes(source))
            problems.push(`${duty}.citations: no ${source} (got ${sources.join(', ')})`);
      } else if (field === 'caveat') {
        if (!action.caveat?.includes(value as string))
          problems.push(`${duty}.caveat: got ${String(action.caveat)}, expected it to contain "${value}"`);
      } else if (Array.isArray(value)) {
        const list = Array.isArray(actual) ? (actual as unknown[]) : [];
        for (const item of value)
          if (!list.includes(item))
            problems.push(`${duty}.${field}: ${String(item)} missing (got ${JSON.stringify(actual)})`);
      } else if (actual !== value) {
        problems.push(`${duty}.${field}: got ${String(actual)}, expected ${String(value)}`);
      }
    }
  }
  for (const duty of expect.notApplicable ?? []) {
    if (result.actions.some((action) => action.duty === duty))
      problems.push(`${duty}: applies, expected not to`);
  }
  for (const fact of expect.questions ?? []) {
    if (!result.questions.some((question) => question.fact === fact))
      problems.push(`question about ${fact}: not asked`);
  }
  for (const text of expect.warnings ?? []) {
    if (!(result.warnings ?? []).some((warning) => warning.includes(text)))
      problems.push(`warning containing "${text}": none (got ${JSON.stringify(result.warnings ?? [])})`);
  }
  for (const text of expect.checklist ?? []) {
    if (!(result.checklist ?? []).some((item) => item.item.includes(text)))
      problems.push(`checklist item containing "${text}": none`);
  }
  return problems;
}
