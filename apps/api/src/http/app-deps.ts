import type { Database } from '../db/database.ts';
import type { Engine } from '../engine/engine.ts';
import type { Examples } from '../openapi/examples.ts';
import type { Clock } from './clock.ts';

/** What the routes are built from: all injected, so tests decide the database, the engine and the time. */
export interface AppDeps {
  db: Database;
  engine: Engine;
  clock: Clock;
  /** The documented examples of each schema (schemas/examples). */
  examples: Examples;
}
