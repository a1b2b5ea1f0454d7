export { type CliIo, run } from './cli/index.ts';
