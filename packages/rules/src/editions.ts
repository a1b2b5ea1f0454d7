import { packagedCatalogue } from './catalogue/packaged-catalogue.ts';
import type { EditionInfo } from './engine/compile.ts';

/** The editions of Working Together in the packaged catalogue, oldest first (data/editions.yaml). */
export const EDITIONS: readonly EditionInfo[] = packagedCatalogue.editions.map(
  ({ id, title, inForceFrom, changes }) => ({
    id,
    title,
    inForceFrom,
    changes,
  }),
);

const newestFirst = [...EDITIONS].reverse();

/** The edition in force on a date, or undefined before the first edition the catalogue covers. */
export function editionInForceOn(date: string): EditionInfo | undefined {
  return newestFirst.find((edition) => edition.inForceFrom <= date);
}
