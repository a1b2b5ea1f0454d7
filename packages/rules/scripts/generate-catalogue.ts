/**
 * Checks the catalogue's data files (packages/rules/data) and writes what is generated from them:
 * src/generated/catalogue.json (compiled into the package) and schemas/duties.json (the catalogue
 * for users outside TypeScript). `--check` writes nothing and fails, naming each stale file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CatalogueError } from '../src/catalogue/catalogue-error.ts';
import { renderCatalogueJson, renderDutiesDocument } from '../src/catalogue/render-catalogue.ts';
import { readCatalogueFolder } from '../src/node-only/read-catalogue-files.ts';

const dataFolder = fileURLToPath(new URL('../data', import.meta.url));
const outputs = [
  {
    file: fileURLToPath(new URL('../src/generated/catalogue.json', import.meta.url)),
    name: 'packages/rules/src/generated/catalogue.json',
    render: renderCatalogueJson,
  },
  {
    file: fileURLToPath(new URL('../../../schemas/duties.json', import.meta.url)),
    name: 'schemas/duties.json',
    render: renderDutiesDocument,
  },
];

let data: ReturnType<typeof readCatalogueFolder>;
try {
  data = readCatalogueFolder(dataFolder);
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(`The duty catalogue has problems:\n${error.message}`);
  process.exit(1);
}
const check = process.argv.includes('--check');
for (const output of outputs) {
  const expected = output.render(data);
  let current: string | undefined;
  try {
    current = readFileSync(output.file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === expected) continue;
  if (check) {
    console.error(
      `${output.name} is ${current === undefined ? 'missing' : 'out of date'}: run npm run generate`,
    );
    process.exitCode = 1;
  } else {
    writeFileSync(output.file, expected);
  }
}
