import type { CatalogueData } from '@safeguarding/rules';
import type { EventName, FactPath } from '@safeguarding/schemas';
import { longDate } from '../cli/date-words.ts';
import { type CaseValue, REVIEW_CONFERENCES } from './case-map.ts';

type Vocabulary = Pick<CatalogueData, 'facts' | 'events'>;

/** The name of a fact or event as the answers name it: "what happened to the child", "Child died". */
export function factLabel(path: string, catalogue: Vocabulary): string {
  if (path.startsWith('events.')) {
    return catalogue.events[path.slice('events.'.length) as EventName]?.label ?? path;
  }
  if (path === REVIEW_CONFERENCES) return 'Review conferences held';
  return catalogue.facts[path as FactPath]?.label ?? path;
}

/**
 * A fact's value in words, from the vocabulary: "the child died", "aged 17",
 * "Child died: Sunday 22 November 2026"; null (forgotten, or an event that has not happened) as
 * "not yet" or "not known".
 */
export function factInWords(path: string, value: CaseValue | null, catalogue: Vocabulary): string {
  if (path.startsWith('events.')) {
    const label = factLabel(path, catalogue);
    return value === null ? `${label}: not yet` : `${label}: ${longDate(String(value))}`;
  }
  if (path === REVIEW_CONFERENCES) {
    return `Review conferences held: ${(value as readonly string[]).map(longDate).join(', ')}`;
  }
  const fact = catalogue.facts[path as FactPath];
  if (!fact) return `${path}: ${String(value)}`;
  if (value === null) return `${capitalise(fact.label)}: not known`;
  if (fact.type === 'number') return path === 'child.ageYears' ? `aged ${value}` : `${fact.label}: ${value}`;
  const means = fact.values?.[String(value)]?.means;
  return means ?? `${fact.label}: ${String(value)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
