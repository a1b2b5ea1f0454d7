#!/usr/bin/env node
// The installed command. Node's compile cache keeps later starts fast; the bundle built by
// `vite build` (dist/bundle) loads the whole command line from a few files; without it (a checkout
// built with tsc only) the command runs from dist/.
import module from 'node:module';

module.enableCompileCache?.();
try {
  await import('../dist/bundle/safeguarding.js');
} catch (error) {
  if (
    error?.code !== 'ERR_MODULE_NOT_FOUND' ||
    !String(error.message).includes('dist/bundle/safeguarding.js')
  )
    throw error;
  await import('../dist/cli/main.js');
}
