import type { Engine } from '@safeguarding/rules';
import type { Knowledge } from '../knowledge/knowledge-file.ts';
import type { KnowledgeIndex } from '../knowledge/knowledge-index.ts';
import type { Vocabulary } from '../understanding/vocabulary.ts';

/** What the conversation reads, built once: the engine and catalogue, the parser's vocabulary, the glossary. */
export interface ConversationContext {
  engine: Engine;
  vocabulary: Vocabulary;
  knowledge: Knowledge;
  index: KnowledgeIndex;
  /** Whether /case and /due can reach the API (SAFEGUARDING_API_URL and SAFEGUARDING_TOKEN are set). */
  apiConfigured: boolean;
}
