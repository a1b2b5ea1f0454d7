import { defineConfig } from 'vite';

/**
 * The command line as one bundle for Node (Vite's SSR build): every dependency and our packages in
 * a few files, so start-up reads a few files instead of hundreds and the chat's first prompt
 * appears fast. React runs its production build. tsc still builds dist/ for the types and as the
 * fallback the bin uses when there is no bundle.
 */
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { noExternal: true, resolve: { conditions: ['source'], externalConditions: ['source'] } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Production JSX even when NODE_ENV says otherwise (vite build started from a test run).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/bundle',
    emptyOutDir: true,
    target: 'node24',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      // Ink loads React's developer tools only when DEV=true; they are not installed.
      external: ['react-devtools-core'],
      output: { entryFileNames: 'safeguarding.js', chunkFileNames: 'chunks/[name].js' },
    },
  },
});
