import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { nextActions } from './index.ts';
import { readScenarios, type Scenario } from './scenario-file.ts';

const SHARED = fileURLToPath(new URL('../../../../shared/scenarios', import.meta.url));
const OURS = fileURLToPath(new URL('../scenarios', import.meta.url));

/** Checks one scenario as shared/scenarios/README.md defines; returns every mismatch. */
export function mismatches(scenario: Scenario): string[] {
  const result = nextActions(scenario.facts, {
    asOf: scenario.as_of,
    ...(scenario.edition ? { edition: scenario.edition as 'wt2023' } : {}),
  });
  const problems: string[] = [];
  if (scenario.expect.edition && result.edition !== scenario.expect.edition) {
    problems.push(`edition: got ${result.edition}, expected ${scenario.expect.edition}`);
  }
  for (const [duty, expected] of Object.entries(scenario.expect.actions ?? {})) {
    const action = result.actions.find((candidate) => candidate.duty === duty);
    if (!action) {
      const ruledOut = result.notApplicable.find((entry) => entry.duty === duty);
      problems.push(`${duty}: no action (${ruledOut ? ruledOut.why : 'undecided'})`);
      continue;
    }
    for (const [field, value] of Object.entries(expected)) {
      const actual = action[field as keyof typeof action];
      if (actual !== value)
        problems.push(`${duty}.${field}: got ${String(actual)}, expected ${String(value)}`);
    }
  }
  for (const duty of scenario.expect.notApplicable ?? []) {
    if (result.actions.some((action) => action.duty === duty))
      problems.push(`${duty}: applies, expected not to`);
  }
  for (const fact of scenario.expect.questions ?? []) {
    if (!result.questions.some((question) => question.fact === fact))
      problems.push(`question about ${fact}: not asked`);
  }
  return problems;
}

describe('shared conformance scenarios', () => {
  test('the shared scenario folder is present (CI puts shared/ beside the clone)', () => {
    expect(existsSync(SHARED), SHARED).toBe(true);
  });
  for (const scenario of existsSync(SHARED) ? readScenarios(SHARED) : []) {
    test(scenario.name, () => expect(mismatches(scenario)).toEqual([]));
  }
});

describe('our own scenarios', () => {
  const scenarios = readScenarios(OURS);
  test('cover every duty in the catalogue', async () => {
    const { catalogue } = await import('./index.ts');
    const covered = new Set(scenarios.flatMap((scenario) => Object.keys(scenario.expect.actions ?? {})));
    expect(catalogue.map((duty) => duty.id).filter((id) => !covered.has(id))).toEqual([]);
  });
  for (const scenario of scenarios) {
    test(scenario.name, () => expect(mismatches(scenario)).toEqual([]));
  }
});
