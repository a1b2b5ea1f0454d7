import type { Engine } from '@safeguarding/rules';
import MiniSearch from 'minisearch';
import type { Knowledge } from './knowledge-file.ts';

/** A thing a general question can be about: a glossary term or a duty of the catalogue. */
export type Topic = { kind: 'term'; index: number } | { kind: 'duty'; id: string };

interface TopicDocument {
  id: string;
  title: string;
  names: string;
  text: string;
}

// Words that say a question is being asked, not what it is about.
const QUESTION_WORDS = new Set(
  (
    'a about an and are as at be by can could do does explain for from get give how i if in is it its long ' +
    'me mean means must of on or should tell the there this to want we what whats when where which who ' +
    'why will with you your our us much many time timescale deadline need needs meant happen happens ' +
    'after before since until then yet still any all got done made make take takes taken has had did ' +
    'doing they them their into up out over under again once usually normally supposed'
  ).split(' '),
);

export interface TopicHit {
  topic: Topic;
  score: number;
}

export interface KnowledgeIndex {
  /** Topics for the question, best first; empty when nothing it asks about is known. */
  search(question: string): TopicHit[];
}

/**
 * A full-text index (minisearch) over the glossary and the duties' titles and actions. Built once.
 * A hit must match at least half of the question's own words (those left once the words of asking
 * are taken out), so a question about something else gets "I don't know", not a guess.
 */
export function buildKnowledgeIndex(knowledge: Knowledge, engine: Engine): KnowledgeIndex {
  const documents: TopicDocument[] = [
    ...knowledge.terms.map((entry, index) => ({
      id: `term:${index}`,
      title: entry.term,
      names: entry.also.join(' · '),
      text: entry.meaning,
    })),
    // A duty is also found by the words people use for the event that discharges it ("ICPC").
    ...engine.catalogue.duties.map(({ duty }) => {
      const done = typeof duty.done === 'string' ? duty.done : duty.done?.event;
      const phrases = done ? engine.catalogue.data.events[done].phrases : [];
      return {
        id: `duty:${duty.id}`,
        title: duty.title,
        names: [duty.id.replace(/-/g, ' '), ...phrases].join(' · '),
        text: duty.action,
      };
    }),
  ];
  const index = new MiniSearch<TopicDocument>({
    fields: ['title', 'names', 'text'],
    processTerm: (term) => {
      const word = term.toLowerCase().replace(/['’]s?$/, '');
      return QUESTION_WORDS.has(word) || word.length === 0 ? null : word;
    },
    searchOptions: {
      boost: { title: 3, names: 3, text: 1 },
      // Short words only match whole: "all" is not the start of "allegation".
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(documents);

  return {
    search(question) {
      const asked = question
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length > 0 && !QUESTION_WORDS.has(word.replace(/['’]s?$/, '')));
      if (asked.length === 0) return [];
      return index
        .search(asked.join(' '))
        .filter((result) => result.queryTerms.length * 2 >= asked.length)
        .map((result) => {
          const id = String(result.id);
          const topic: Topic = id.startsWith('term:')
            ? { kind: 'term', index: Number(id.slice(5)) }
            : { kind: 'duty', id: id.slice(5) };
          return { topic, score: result.score };
        });
    },
  };
}
