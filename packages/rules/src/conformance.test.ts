import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { catalogue } from './index.ts';
import { answerScenario, readScenarioFolder, scenarioMismatches } from './testing.ts';

const KIT = fileURLToPath(new URL('../../../conformance', import.meta.url));
// CI (and this machine) put the shared reference beside the clone; a plain clone has only the kit.
const SHARED = fileURLToPath(new URL('../../../../shared/scenarios', import.meta.url));
const hasShared = existsSync(SHARED);

const kitShared = readScenarioFolder(join(KIT, 'shared'));
const kitToolkit = readScenarioFolder(join(KIT, 'toolkit'));

describe.each([
  ['the conformance kit: the shared reference scenarios', kitShared],
  ['the conformance kit: the toolkit scenarios', kitToolkit],
])('%s', (_folder, scenarios) => {
  test.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) =>
    expect(scenarioMismatches(scenario, answerScenario(scenario))).toEqual([]),
  );
});

if (hasShared) {
  describe('../shared/scenarios, beside the clone', () => {
    test.each(readScenarioFolder(SHARED).map((scenario) => [scenario.name, scenario] as const))(
      '%s',
      (_name, scenario) => expect(scenarioMismatches(scenario, answerScenario(scenario))).toEqual([]),
    );
  });
} else {
  // A plain clone has no ../shared; conformance/shared holds copies of the same files, run above.
  test.skip('../shared/scenarios: not beside this clone', () => {});
}

describe('the kit', () => {
  test.skipIf(!hasShared)('holds exact copies of the shared scenarios', () => {
    const shared = readdirSync(SHARED)
      .filter((file) => file.endsWith('.yaml'))
      .sort();
    expect(
      readdirSync(join(KIT, 'shared'))
        .filter((file) => file.endsWith('.yaml'))
        .sort(),
    ).toEqual(shared);
    for (const file of shared) {
      expect(readFileSync(join(KIT, 'shared', file), 'utf8'), file).toBe(
        readFileSync(join(SHARED, file), 'utf8'),
      );
    }
  });

  test('every duty in the catalogue has a scenario in which it applies', () => {
    const covered = new Set(
      [...kitShared, ...kitToolkit].flatMap((scenario) => Object.keys(scenario.expect.actions ?? {})),
    );
    expect(catalogue.duties.map((duty) => duty.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('every edition of every duty has a scenario that answers under it', () => {
    const answered = new Set<string>();
    for (const scenario of [...kitShared, ...kitToolkit]) {
      for (const action of answerScenario(scenario).actions) {
        if (action.duty in (scenario.expect.actions ?? {})) answered.add(`${action.duty} ${action.edition}`);
      }
    }
    const missing = catalogue.duties.flatMap((duty) =>
      Object.keys(duty.editions)
        .map((edition) => `${duty.id} ${edition}`)
        .filter((key) => !answered.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
