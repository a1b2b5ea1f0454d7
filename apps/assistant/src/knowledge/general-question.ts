import type { Engine } from '@safeguarding/rules';
import type { Citation, Edition } from '@safeguarding/schemas';
import { longDate } from '../cli/date-words.ts';
import { citationText } from '../present/citation-words.ts';
import { partyName } from '../present/party-words.ts';
import type { InfoAnswer } from './info-answer.ts';
import type { Knowledge } from './knowledge-file.ts';
import type { KnowledgeIndex, TopicHit } from './knowledge-index.ts';

export interface GeneralQuestionContext {
  engine: Engine;
  knowledge: Knowledge;
  index: KnowledgeIndex;
  /** The edition the conversation is in: the one chosen, or the one in force on the as-of date. */
  edition: Edition;
}

const ASKS_WHEN =
  /\b(how long|when|deadline|by when|timescales?|how many (working )?days|how (quickly|soon)|within|due)\b/i;
const ASKS_WHAT =
  /\b(what is|what's|whats|what are|who is|who are|what does|meaning of|define|explain|stand for|mean)\b/i;
const ASKS_CHANGES = /\b(chang(e|ed|es)|new|different|difference)\b/i;

/** The edition a question names: "2018", "wt2023", "Working Together 2015". */
export function editionNamed(question: string, engine: Engine): Edition | undefined {
  for (const edition of engine.catalogue.editions) {
    const year = edition.id.slice(2);
    if (new RegExp(`\\b(${edition.id}|${year})\\b`, 'i').test(question)) return edition.id;
  }
  return undefined;
}

/**
 * Answers a general question from the catalogue and the glossary: what an edition changed, how
 * long a duty allows, what a term means. Undefined when nothing known matches: the caller says it
 * does not know, never guesses.
 */
export function answerGeneralQuestion(
  question: string,
  context: GeneralQuestionContext,
): InfoAnswer | undefined {
  const named = editionNamed(question, context.engine);
  if (named && ASKS_CHANGES.test(question)) return editionChanges(named, context);
  const hits = context.index.search(question);
  if (hits.length === 0) return undefined;
  const edition = named ?? context.edition;
  const duties = hits.filter((hit) => hit.topic.kind === 'duty');
  const terms = hits.filter((hit) => hit.topic.kind === 'term');
  if (ASKS_WHEN.test(question) && duties.length > 0) return dutyAnswer(closeTo(duties), edition, context);
  if (ASKS_WHAT.test(question) && terms.length > 0)
    return termAnswer((terms[0]!.topic as { index: number }).index, context);
  const best = hits[0]!;
  if (best.topic.kind === 'term') return termAnswer(best.topic.index, context);
  if (terms.length > 0 && terms[0]!.score >= best.score * 0.8)
    return termAnswer((terms[0]!.topic as { index: number }).index, context);
  return dutyAnswer(closeTo(duties), edition, context);
}

/** The best hits and those nearly as good, at most three. */
function closeTo(hits: TopicHit[]): TopicHit[] {
  const best = hits[0]!.score;
  return hits.filter((hit) => hit.score >= best * 0.6).slice(0, 3);
}

function termAnswer(index: number, context: GeneralQuestionContext): InfoAnswer {
  const entry = context.knowledge.terms[index]!;
  const also = entry.also.filter((name) => /^[A-Z]{2,}$/.test(name));
  const name =
    also.length > 0 && !/^[A-Z]{2,}$/.test(entry.term) ? `${entry.term} (${also.join(', ')})` : entry.term;
  return { kind: 'info', text: `${capitalise(name)}: ${entry.meaning}`, citations: entry.citations };
}

function editionChanges(edition: Edition, context: GeneralQuestionContext): InfoAnswer {
  const info = context.engine.catalogue.editions.find((entry) => entry.id === edition)!;
  const source = context.engine.catalogue.data.sources[edition];
  const text = [
    `${info.title} applies from ${longDate(info.inForceFrom)}. What it changed:`,
    ...info.changes.map((change) => `- ${change}`),
  ].join('\n');
  const citation: Citation = source?.url
    ? { source: edition, ref: source.title, url: source.url }
    : { source: edition, ref: source?.title ?? info.title };
  return { kind: 'info', text, citations: [citation] };
}

function dutyAnswer(hits: TopicHit[], edition: Edition, context: GeneralQuestionContext): InfoAnswer {
  return describeDuties(
    hits.map((hit) => (hit.topic as { id: string }).id),
    edition,
    context,
  );
}

/**
 * Duties from the catalogue, each under `edition` (or its latest edition when it is not part of
 * that one): the deadline in words, who does it, must or should, the action, how it differs under
 * other editions, and a caveat below high confidence.
 */
export function describeDuties(
  ids: readonly string[],
  edition: Edition,
  context: Pick<GeneralQuestionContext, 'engine'>,
): InfoAnswer {
  const { catalogue } = context.engine;
  const paragraphs: string[] = [];
  const citations: Citation[] = [];
  const editionTitle = (id: Edition) => catalogue.editions.find((entry) => entry.id === id)!.title;
  for (const id of ids) {
    const entry = catalogue.byId.get(id)!;
    const chosen = entry.byEdition[edition] ? edition : entry.editions.at(-1)!;
    const rules = entry.byEdition[chosen]!;
    const lines = [
      `${rules.title} (${editionTitle(chosen)}): ${rules.deadlineWords}.`,
      `Who: ${partyName(rules.actor, catalogue.data)}${rules.recipients.length > 0 ? `, to ${rules.recipients.map((party) => partyName(party, catalogue.data)).join(', ')}` : ''}. ${rules.strength === 'must' ? 'Must: the law requires it.' : 'Should: statutory guidance.'}`,
      entry.duty.action.trim(),
    ];
    if (chosen !== edition) lines.push(`It is not part of ${editionTitle(edition)}.`);
    for (const other of entry.editions) {
      const otherRules = entry.byEdition[other]!;
      if (other !== chosen && otherRules.deadlineWords !== rules.deadlineWords) {
        lines.push(`Under ${editionTitle(other)}: ${otherRules.deadlineWords}.`);
      }
    }
    if (rules.confidence !== 'high') {
      lines.push(
        `${capitalise(rules.confidence)} confidence: ${rules.caveat ?? 'check your local procedures.'}`,
      );
    }
    paragraphs.push(lines.join('\n'));
    for (const citation of rules.citations) {
      if (
        !citations.some(
          (known) => citationText(known, catalogue.data) === citationText(citation, catalogue.data),
        )
      ) {
        citations.push(citation);
      }
    }
  }
  return { kind: 'info', text: paragraphs.join('\n\n'), citations };
}

/** "I don't know", with questions it can answer. */
export function dontKnow(context: Pick<GeneralQuestionContext, 'knowledge'>): InfoAnswer {
  const examples = context.knowledge.examples.slice(0, 6).map((example) => `- ${example}`);
  return {
    kind: 'info',
    text: [
      "I don't know: nothing in the duty catalogue or the glossary matches that, and I only answer from them.",
      'You could describe a case in your own words, or ask, for example:',
      ...examples,
    ].join('\n'),
    citations: [],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
