import type { CatalogueData } from '@safeguarding/rules';
import type { CaseFacts, FactPath } from '@safeguarding/schemas';
import type { CaseMap } from './case-map.ts';

/** The engine's facts need these two together; an undecided answer stands in for a missing second. */
const INCIDENT_UNDECIDED = 'unknown';

export interface CaseFactsForEngine {
  facts: CaseFacts;
  /** A fact the engine cannot be given until another is known: incident.harm, when only the abuse or the place is. */
  missing: FactPath[];
}

/**
 * The nested case facts the engine takes, from the flat case. Two rules of the contract need care:
 * an incident needs both what happened and whether abuse or neglect is suspected (the second may
 * be "unknown", which the engine asks about; the first may be inferred as the catalogue says, a
 * death from the date of death); and facts of the standing arrangements are only passed on when
 * the case is about the arrangements, so "the partnership" in a sentence about an incident does
 * not list every standing duty.
 */
export function toCaseFacts(
  map: CaseMap,
  catalogue: Pick<CatalogueData, 'facts' | 'events'>,
): CaseFactsForEngine {
  const blocks: Record<string, Record<string, unknown>> = {};
  const events: Record<string, string> = {};
  for (const [path, value] of Object.entries(map)) {
    const [block, field] = path.split('.') as [string, string];
    if (block === 'events') {
      events[field] = String(value);
      continue;
    }
    blocks[block] ??= {};
    blocks[block][field] = value;
  }
  const missing: FactPath[] = [];

  const incident = blocks.incident;
  if (incident) {
    incident.harm ??= inferredFromEvents('incident.harm', events, catalogue);
    if (incident.harm === undefined) {
      delete blocks.incident;
      // Asked only when the case is about an incident: "neglect" as a child protection category
      // says nothing of a serious incident.
      const elsewhere = Object.keys(events).some(
        (event) =>
          !([] as string[])
            .concat(catalogue.events[event as keyof CatalogueData['events']].process)
            .some((process) => process === 'serious-incident' || process === 'child-death'),
      );
      if (!elsewhere) missing.push('incident.harm');
    } else {
      incident.abuseOrNeglect ??= INCIDENT_UNDECIDED;
    }
  }

  if (blocks.arrangements && !aboutArrangements(blocks, events, catalogue)) delete blocks.arrangements;
  return { facts: { ...blocks, events } as unknown as CaseFacts, missing };
}

/** A value the catalogue infers from an event alone (a death from a date of death). */
function inferredFromEvents(
  path: FactPath,
  events: Record<string, string>,
  catalogue: Pick<CatalogueData, 'facts'>,
): unknown {
  for (const rule of catalogue.facts[path].inferred ?? []) {
    const when = rule.when as { event?: string };
    if (Object.keys(rule.when).length === 1 && when.event !== undefined && events[when.event] !== undefined) {
      return rule.value;
    }
  }
  return undefined;
}

function aboutArrangements(
  blocks: Record<string, unknown>,
  events: Record<string, string>,
  catalogue: Pick<CatalogueData, 'events'>,
): boolean {
  const processesOf = (event: string) =>
    ([] as string[]).concat(catalogue.events[event as keyof CatalogueData['events']].process);
  const eventNames = Object.keys(events);
  if (eventNames.some((event) => processesOf(event).includes('arrangements'))) return true;
  const otherBlocks = Object.keys(blocks).filter((block) => block !== 'arrangements' && block !== 'child');
  return otherBlocks.length === 0 && eventNames.length === 0;
}
