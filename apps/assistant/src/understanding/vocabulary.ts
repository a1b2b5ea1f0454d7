import type { CatalogueData } from '@safeguarding/rules';
import type { EventName, FactPath } from '@safeguarding/schemas';
import { phraseWords } from './tokens.ts';

/** A case fact's value: a choice's id, yes (true) or no (false), or a number. */
export type FactValue = string | boolean | number;

/** What a phrase tells: that an event happened, or that a fact has a value. */
export type PhraseTarget =
  | { kind: 'event'; event: EventName }
  | { kind: 'fact'; fact: FactPath; value: FactValue };

export interface VocabularyPhrase {
  /** As written in the vocabulary file. */
  text: string;
  /** Its words' stems, in order. */
  stems: readonly string[];
  /** For each word, whether matching may pass over it when the text leaves it out ("the", "was"). */
  optional: readonly boolean[];
  /** The stem of its first word that must be there (words before it are optional): phrases are looked up by it. */
  key: string;
  target: PhraseTarget;
  /** The phrase says no itself ("not looked after", "no abuse suspected"): a "no" before it does not turn it round. */
  negative: boolean;
}

export interface Vocabulary {
  phrases: readonly VocabularyPhrase[];
  /** Phrases by the stem of their first word that must be there. */
  byFirstStem: ReadonlyMap<string, readonly VocabularyPhrase[]>;
  /** Every stem the phrases use, with the words it was written as (for typo matching). */
  surfaces: ReadonlyMap<string, ReadonlySet<string>>;
  /** Events that are plans rather than things that happened (a planned publication). */
  plannedEvents: ReadonlySet<EventName>;
  /** The processes each event and fact belongs to (a fact about the child to none). */
  processesOf(target: PhraseTarget): readonly string[];
}

/**
 * Words matching passes over, on both sides: "the Panel was notified" and "Panel notified" are one
 * phrase. Words that change meaning ("not", "no") are never among them.
 */
export const SKIPPED_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'our',
  'their',
  'his',
  'her',
  'its',
  'my',
  'your',
  'this',
  'that',
  'these',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'is',
  'are',
  'be',
  'being',
  'got',
  'gets',
  'already',
  'just',
  'also',
  'now',
  'then',
  'we',
  'they',
  'she',
  'he',
  'it',
  'i',
  'us',
  'them',
  'very',
  'really',
  'some',
]);

/**
 * Of those, the ones a phrase may do without when the text leaves them out ("the Panel was
 * notified" is "Panel notified"). Not the people: "reported to us" is not "reported to the head".
 */
const PERSONS = new Set(['we', 'they', 'she', 'he', 'it', 'i', 'us', 'them']);

export const NEGATING_WORDS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  'none',
  'neither',
  'denies',
  'denied',
  'nothing',
  'didnt',
  'doesnt',
  'dont',
  'hasnt',
  'havent',
  'hadnt',
  'isnt',
  'wasnt',
  'werent',
  'arent',
  'cant',
  'cannot',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'aint',
]);

/**
 * The parser's vocabulary, read from the catalogue's vocabulary files (events.yaml and
 * facts.yaml): the engine's questions and the assistant's phrases come from one source.
 */
export function buildVocabulary(catalogue: Pick<CatalogueData, 'events' | 'facts'>): Vocabulary {
  const processesOf = (target: PhraseTarget): readonly string[] =>
    target.kind === 'event'
      ? ([] as string[]).concat(catalogue.events[target.event].process)
      : ([] as string[]).concat(catalogue.facts[target.fact].process ?? []);
  const phrases: VocabularyPhrase[] = [];
  const add = (text: string, target: PhraseTarget) => {
    const words = phraseWords(text);
    const content = words.filter((token) => !SKIPPED_WORDS.has(token.word)).length;
    if (content === 0) return;
    // A small word is optional unless it is what makes the phrase more than one word: "was abused"
    // is not "abuse", and "our child" is not "child".
    const optional = words.map(
      (token) => content > 1 && SKIPPED_WORDS.has(token.word) && !PERSONS.has(token.word),
    );
    const key = words.find((_, index) => !optional[index])!.stem;
    const negative = words.some((token) => NEGATING_WORDS.has(token.word));
    phrases.push({ text, stems: words.map((token) => token.stem), optional, key, target, negative });
  };
  for (const [event, entry] of Object.entries(catalogue.events) as [EventName, { phrases: string[] }][]) {
    for (const phrase of entry.phrases) add(phrase, { kind: 'event', event });
  }
  for (const [fact, entry] of Object.entries(catalogue.facts) as [
    FactPath,
    CatalogueData['facts'][FactPath],
  ][]) {
    for (const [key, value] of Object.entries(entry.values ?? {})) {
      const typed: FactValue = entry.type === 'yes-no' ? key === 'true' : key;
      for (const phrase of value.phrases) add(phrase, { kind: 'fact', fact, value: typed });
    }
  }

  const byFirstStem = new Map<string, VocabularyPhrase[]>();
  const surfaces = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    byFirstStem.set(phrase.key, [...(byFirstStem.get(phrase.key) ?? []), phrase]);
  }
  for (const phrase of phrases) {
    for (const token of phraseWords(phrase.text)) {
      const known = surfaces.get(token.stem) ?? new Set<string>();
      known.add(token.word);
      surfaces.set(token.stem, known);
    }
  }
  const plannedEvents = new Set(
    (Object.entries(catalogue.events) as [EventName, { planned?: boolean }][])
      .filter(([, entry]) => entry.planned === true)
      .map(([event]) => event),
  );
  return { phrases, byFirstStem, surfaces, plannedEvents, processesOf };
}
