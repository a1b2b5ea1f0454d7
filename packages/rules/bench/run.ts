/** `npm run bench -w @safeguarding/rules`: the engine and the calendar, one core, figures per second. */
import { benchDaysAdd } from './days-add.ts';
import { benchNextActions } from './next-actions.ts';

console.log('@safeguarding/rules benchmark (target: 200,000 case evaluations per second on one core)');
for (const result of [...benchNextActions(), ...benchDaysAdd()]) {
  console.log(`${result.opsPerSecond.toLocaleString('en-GB').padStart(14)} /s  ${result.name}`);
}
