import type { RecordRegistryEntry } from '@safeguarding/schemas';

/** The lead area of a record: its partners may change it. */
export function leadArea(entry: RecordRegistryEntry, body: Record<string, unknown>): string {
  return String(body[entry.areaFields[0]]);
}

/** Every area a record belongs to (who may see it): its lead area first, then any it also covers. */
export function recordAreas(entry: RecordRegistryEntry, body: Record<string, unknown>): string[] {
  const lead = leadArea(entry, body);
  const more = entry.areaFields.slice(1).flatMap((field) => {
    const value = body[field];
    return Array.isArray(value) ? value.map(String) : [];
  });
  return [lead, ...new Set(more.filter((area) => area !== lead))];
}
