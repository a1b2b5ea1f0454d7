import generated from '../generated/knowledge.json' with { type: 'json' };
import type { Knowledge } from './knowledge-file.ts';

/** The glossary, compiled by `npm run generate` from data/glossary.yaml (checked there, imported here). */
export const packagedKnowledge = generated as unknown as Knowledge;
