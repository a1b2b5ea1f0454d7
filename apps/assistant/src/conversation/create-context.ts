import { engine as defaultEngine, type Engine } from '@safeguarding/rules';
import { buildKnowledgeIndex } from '../knowledge/knowledge-index.ts';
import { packagedKnowledge } from '../knowledge/packaged-knowledge.ts';
import { buildVocabulary } from '../understanding/vocabulary.ts';
import type { ConversationContext } from './context.ts';

/** The context over the packaged catalogue and glossary (the engine and vocabulary load once). */
export function createContext(
  options: { engine?: Engine; apiConfigured?: boolean } = {},
): ConversationContext {
  const engine = options.engine ?? defaultEngine;
  return {
    engine,
    vocabulary: buildVocabulary(engine.catalogue.data),
    knowledge: packagedKnowledge,
    index: buildKnowledgeIndex(packagedKnowledge, engine),
    apiConfigured: options.apiConfigured ?? false,
  };
}
