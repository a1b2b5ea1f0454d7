export type { CliIo } from './cli-io.ts';
export { EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, run } from './run.ts';
export { todayInLondon } from './today-in-london.ts';
