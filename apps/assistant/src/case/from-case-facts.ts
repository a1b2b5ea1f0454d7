import type { CaseFacts } from '@safeguarding/schemas';
import type { CaseMap, CaseValue } from './case-map.ts';

/** The flat case from the engine's nested facts (a record loaded from the API, say). */
export function fromCaseFacts(facts: CaseFacts): CaseMap {
  const map: Record<string, CaseValue> = {};
  for (const [block, fields] of Object.entries(facts)) {
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) continue;
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      if (block === 'incident' && field === 'abuseOrNeglect' && value === 'unknown') continue;
      map[`${block}.${field}`] = value as CaseValue;
    }
  }
  return map;
}
