import { createApp, openApiDocument } from '../app.ts';
import type { Database } from '../db/database.ts';
import type { Engine } from '../engine/engine.ts';
import type { Examples } from './examples.ts';

/** Describing the routes touches neither storage nor the engine; any call here is a bug, and says so. */
const noDatabase: Database = {
  kind: 'postgres',
  query: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  exec: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  transaction: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  close: async () => {},
};

const noEngine: Engine = {
  nextActions: () => {
    throw new Error('the OpenAPI generator has no engine');
  },
  catalogue: [],
  calendar: {
    addWorkingDays: () => {
      throw new Error('the OpenAPI generator has no engine');
    },
    workingDaysBetween: () => {
      throw new Error('the OpenAPI generator has no engine');
    },
  },
};

/** JSON with every object's keys sorted, two-space indented, ending in a newline: byte-for-byte reproducible. */
export function stableJson(value: unknown): string {
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(
        Object.keys(node)
          .sort()
          .map((key) => [key, sort((node as Record<string, unknown>)[key])]),
      );
    }
    return node;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** The text of schemas/openapi.json, generated from the app's routes, showing these examples. */
export function generateOpenApiText(examples?: Examples): string {
  const document = openApiDocument(
    createApp({ db: noDatabase, engine: noEngine, ...(examples ? { examples } : {}) }),
  );
  return stableJson({
    ...document,
    'x-generated':
      'Generated from the routes of apps/api by `npm run generate -w @safeguarding/api`. Do not edit.',
  });
}
