// The browser-safe entry: nothing reachable from here imports node:* (a test checks it).
export * from './calendar/index.ts';
export { CatalogueError } from './catalogue/catalogue-error.ts';
export { type CatalogueData, checkCatalogue } from './catalogue/check-catalogue.ts';
export { catalogue, engine, nextActions } from './default-engine.ts';
export { EDITIONS, editionInForceOn } from './editions.ts';
export type { CompiledCatalogue, CompiledDuty, DutyInEdition, EditionInfo } from './engine/compile.ts';
export { createEngine, type Engine, type NextActionsOptions } from './engine/engine.ts';
export { FactsError } from './facts-error.ts';
export {
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
} from './records/facts-from-record.ts';
