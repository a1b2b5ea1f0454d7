// @safeguarding/rules/testing: the conformance scenario runner (Node only: it reads files). Vendors
// and the toolkit's own tests check answers against conformance/ with it.
export {
  answerScenario,
  readScenarioFile,
  readScenarioFolder,
  Scenario,
  scenarioMismatches,
} from './testing/scenario.ts';
