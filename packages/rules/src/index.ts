export * from './calendar/index.ts';
export { CatalogueError } from './catalogue/catalogue-error.ts';
export { loadCatalogue } from './catalogue/load-catalogue.ts';
export { catalogue, engine, nextActions } from './default-engine.ts';
export { EDITIONS, type EditionInfo, editionInForceOn } from './editions.ts';
export { type CompiledCatalogue, type CompiledDuty, compileCatalogue } from './engine/compile.ts';
export { createEngine, type Engine, type NextActionsOptions } from './engine/engine.ts';
export { FactsError } from './facts-error.ts';
export {
  type CaseRecords,
  factsFromCase,
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
  RECORD_EVENTS,
} from './records/facts-from-record.ts';
