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
  type CaseRecords,
  factsFromCase,
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
  RECORD_EVENTS,
} from './records/facts-from-record.ts';
