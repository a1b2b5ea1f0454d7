import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * The dependency direction of shared/design.md: schemas imports nothing of ours; rules imports
 * only schemas; neither imports a web framework, a UI library or an HTTP client.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => (match[1] ?? match[2])!);
}

const FORBIDDEN_IN_CORE = /^(hono|@hono\/|ink|react|openapi-fetch|@electric-sql\/|pg$)/;

describe.each([
  ['packages/schemas', [] as string[]],
  ['packages/rules', ['@safeguarding/schemas']],
])('%s', (packageFolder, allowedOwn) => {
  const files = sourceFiles(join(root, packageFolder, 'src'));

  test('has source files to check', () => expect(files.length).toBeGreaterThan(0));

  test(`imports of our packages: only ${allowedOwn.join(', ') || 'none'}`, () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('@safeguarding/') && !allowedOwn.includes(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  test('no web framework, UI, database or HTTP client', () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => FORBIDDEN_IN_CORE.test(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});

/** Every file the entry reaches through relative imports (type-only imports included: harmless). */
function reachableFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) visit(join(file, '..', specifier));
    }
  };
  visit(entry);
  return [...seen];
}

// The root entries run in a browser (the SDK's offline entry, the validator's Web Worker): nothing
// they reach may import Node's built-ins; file loaders live under the /node entry.
describe.each([['packages/schemas/src/index.ts'], ['packages/rules/src/index.ts']])(
  'the browser-safe entry %s',
  (entry) => {
    test('reaches no node:* import', () => {
      const offending = reachableFrom(join(root, entry)).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith('node:'))
          .map((specifier) => `${relative(root, file)} imports ${specifier}`),
      );
      expect(offending).toEqual([]);
    });
  },
);
