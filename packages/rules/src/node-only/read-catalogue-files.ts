import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { CatalogueError } from '../catalogue/catalogue-error.ts';
import { type CatalogueData, checkCatalogue } from '../catalogue/check-catalogue.ts';

/** Every YAML file under a catalogue folder, parsed, keyed by its path inside the folder ("duties/allegation/lado-inform.yaml"). */
export function readCatalogueFiles(folder: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const visit = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.yaml')) {
        const key = relative(folder, path).split(sep).join('/');
        try {
          files[key] = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
        } catch (error) {
          throw new CatalogueError(`${key}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  };
  visit(folder);
  return files;
}

/** Reads and checks a catalogue folder (packages/rules/data, or a copy with local changes). */
export function readCatalogueFolder(folder: string): CatalogueData {
  return checkCatalogue(readCatalogueFiles(folder));
}
