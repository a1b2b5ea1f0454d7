import type { RecordRegistryEntry } from '@safeguarding/schemas';
import type { Caller } from './tokens.ts';

/**
 * May this caller read (or write) records of this type at all? A "no" is a 403, whatever the id.
 * The Panel reads the record types the registry says are sent to it, in every area, and writes none.
 */
export function mayUseRecordType(
  caller: Caller,
  entry: Pick<RecordRegistryEntry, 'panelReads'>,
  action: 'read' | 'write',
): boolean {
  switch (caller.role) {
    case 'admin':
    case 'partner':
      return true;
    case 'panel':
      return action === 'read' && entry.panelReads;
    case 'auditor':
      return false;
  }
}

/** The areas whose records this caller can see; a record anywhere else does not exist for them (404). */
export function visibleAreas(caller: Caller): readonly string[] | 'all' {
  return caller.role === 'partner' ? caller.areas : 'all';
}

/** May the caller see a record that belongs to these areas? One shared area is enough. */
export function maySeeAreas(caller: Caller, recordAreas: readonly string[]): boolean {
  const areas = visibleAreas(caller);
  return areas === 'all' || recordAreas.some((area) => areas.includes(area));
}

/** May the caller write records of this (lead) area? */
export function mayTouchArea(caller: Caller, area: string): boolean {
  const areas = visibleAreas(caller);
  return areas === 'all' || areas.includes(area);
}
