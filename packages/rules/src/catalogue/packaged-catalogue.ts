import generated from '../generated/catalogue.json' with { type: 'json' };
import type { CatalogueData } from './check-catalogue.ts';

/**
 * The packaged catalogue: the data files under packages/rules/data, checked and compiled into
 * src/generated/catalogue.json by `npm run generate` (no file is read at run time, so the engine
 * runs in a browser too). The generator's --check keeps the two in step.
 */
export const packagedCatalogue = generated as unknown as CatalogueData;
