export { todayInLondon } from '@safeguarding/rules';
export type { CliIo } from './cli-io.ts';
export { EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, run } from './run.ts';
