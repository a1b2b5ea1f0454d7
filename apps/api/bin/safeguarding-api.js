#!/usr/bin/env node
// Runs the TypeScript source inside the monorepo (workspace packages resolve through their
// "source" export condition), and the built dist/ when installed from the registry.
import { existsSync, realpathSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

// Everything this command writes (the embedded database, the audit key and witness, the lock) is
// for its owner only, whatever umask it was started with.
process.umask(0o077);

const source = new URL('../src/cli.ts', import.meta.url);
const fromSource = existsSync(source) && !realpathSync(fileURLToPath(source)).includes('/node_modules/');
if (fromSource) {
  registerHooks({
    resolve: (specifier, context, nextResolve) =>
      nextResolve(specifier, { ...context, conditions: [...(context.conditions ?? []), 'source'] }),
  });
}
const { main } = await import(fromSource ? source.href : new URL('../dist/cli.js', import.meta.url).href);
try {
  process.exit(await main(process.argv.slice(2)));
} catch (error) {
  // A plain message for the person at the terminal; no stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
