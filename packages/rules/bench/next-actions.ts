/**
 * Benchmark (not a test) of the engine: case evaluations per second on one core, over the mix of
 * situations in the conformance kit (conformance/shared and conformance/toolkit).
 *
 *   node --conditions=source packages/rules/bench/next-actions.ts
 */
import { fileURLToPath } from 'node:url';
import { CaseFacts } from '@safeguarding/schemas';
import { engine } from '../src/index.ts';
import { readScenarioFolder } from '../src/testing.ts';
import type { BenchResult } from './days-add.ts';

const ROUND_MILLISECONDS = 500;
const ROUNDS = 7;

/** Calls per second, the median of several rounds: this machine's speed wanders from second to second. */
function measure(name: string, run: (index: number) => void): BenchResult {
  for (let index = 0; index < 20_000; index++) run(index); // warm up the JIT
  const rates: number[] = [];
  let calls = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const first = calls;
    let elapsed = 0;
    while (elapsed < ROUND_MILLISECONDS) {
      for (let index = 0; index < 1000; index++) run(calls++);
      elapsed = performance.now() - started;
    }
    rates.push(((calls - first) / elapsed) * 1000);
  }
  rates.sort((a, b) => a - b);
  return { name, opsPerSecond: Math.round(rates[ROUNDS >> 1]!) };
}

export function benchNextActions(): BenchResult[] {
  const folders = ['shared', 'toolkit'].map((folder) =>
    fileURLToPath(new URL(`../../../conformance/${folder}`, import.meta.url)),
  );
  const cases = folders
    .flatMap(readScenarioFolder)
    .filter((scenario) => scenario.edition === undefined)
    .map((scenario) => ({ facts: scenario.facts, asOf: scenario.as_of }));
  const parsed = cases.map((entry) => ({ facts: CaseFacts.parse(entry.facts), asOf: entry.asOf }));
  return [
    measure(`nextActions, validating the facts (${cases.length} mixed cases)`, (index) => {
      const entry = cases[index % cases.length]!;
      engine.nextActions(entry.facts, { asOf: entry.asOf });
    }),
    measure(`evaluate, facts already validated (${cases.length} mixed cases)`, (index) => {
      const entry = parsed[index % parsed.length]!;
      engine.evaluate(entry.facts, { asOf: entry.asOf });
    }),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const result of benchNextActions())
    console.log(`${result.opsPerSecond.toLocaleString('en-GB').padStart(12)} /s  ${result.name}`);
}
