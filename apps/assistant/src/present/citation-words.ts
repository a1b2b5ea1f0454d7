import type { CatalogueData } from '@safeguarding/rules';
import type { Citation } from '@safeguarding/schemas';

type Sources = Pick<CatalogueData, 'sources' | 'editions'>;

/** A source's short name: "Working Together 2023" for an edition, else its title ("Children Act 2004"). */
export function sourceName(source: string, catalogue: Sources): string {
  const edition = catalogue.editions.find((entry) => entry.id === source);
  if (edition) return edition.title;
  return catalogue.sources[source]?.title ?? source;
}

/** "Working Together 2023, chapter 5"; a reference that is the source's own title is not said twice. */
export function citationText(citation: Citation, catalogue: Sources): string {
  const name = sourceName(citation.source, catalogue);
  const title = catalogue.sources[citation.source]?.title;
  if (citation.ref === name || citation.ref === title || name.includes(citation.ref)) return name;
  return `${name}, ${citation.ref}`;
}
