import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A conformance scenario (shared/scenarios/README.md): facts, an as-of date and what must come out. */
export interface Scenario {
  file: string;
  name: string;
  as_of: string;
  edition?: string;
  facts: unknown;
  expect: {
    edition?: string;
    actions?: Record<string, { status?: string; dueDate?: string | null; projected?: boolean }>;
    notApplicable?: string[];
    questions?: string[];
  };
}

export function readScenarios(folder: string): Scenario[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml') || file.endsWith('.yml'))
    .sort()
    .map((file) => ({
      file: join(folder, file),
      ...(parse(readFileSync(join(folder, file), 'utf8')) as Omit<Scenario, 'file'>),
    }));
}
