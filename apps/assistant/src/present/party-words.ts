import type { CatalogueData } from '@safeguarding/rules';
import { actorWords } from '../cli/actor-words.ts';

/** Who acts or receives, as the vocabulary names them ("Child Safeguarding Practice Review Panel"). */
export function partyName(party: string, catalogue: Pick<CatalogueData, 'parties'>): string {
  return catalogue.parties[party] ?? actorWords(party);
}
