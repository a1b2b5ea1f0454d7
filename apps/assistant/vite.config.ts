import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The validator checks files in worker threads, whose scripts it finds beside its own code. */
const validatorWorker = (name: string) =>
  fileURLToPath(new URL(`../../packages/validator/src/node/${name}.ts`, import.meta.url));

/**
 * The command line bundled for Node (Vite's SSR build): every dependency and our packages in a few
 * files of one folder, so start-up reads a few files instead of hundreds and the chat's first
 * prompt appears fast. React runs its production build. The validator's worker scripts are entries
 * of their own, in the same folder as the code that starts them. tsc still builds dist/ for the
 * types and as the fallback the bin uses when there is no bundle.
 */
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { noExternal: true, resolve: { conditions: ['source'], externalConditions: ['source'] } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Production JSX even when NODE_ENV says otherwise (vite build started from a test run).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist/bundle',
    emptyOutDir: true,
    target: 'node24',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        safeguarding: 'src/cli/main.ts',
        'check-worker': validatorWorker('check-worker'),
        'ndjson-worker': validatorWorker('ndjson-worker'),
      },
      // Ink loads React's developer tools only when DEV=true; they are not installed.
      external: ['react-devtools-core'],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunk-[name].js' },
    },
  },
});
