import type { Token } from './tokens.ts';
import { withinTypo } from './typo-distance.ts';
import {
  NEGATING_WORDS,
  type PhraseTarget,
  SKIPPED_WORDS,
  type Vocabulary,
  type VocabularyPhrase,
} from './vocabulary.ts';

/** A vocabulary phrase found in the text. */
export interface PhraseMatch {
  phrase: VocabularyPhrase;
  target: PhraseTarget;
  /** Indices of its first and last tokens. */
  firstToken: number;
  lastToken: number;
  /** Where it is in the text. */
  start: number;
  end: number;
  /** Said with a "no" or "not" that turns it round ("no concerns of neglect", "abuse ruled out"). */
  negated: boolean;
  /** An event spoken of as something still to do ("we need to notify the Panel"), or asked about. */
  notDone: boolean;
  /** An event named as the object of another ("notified Ofsted of the death"): it takes a date last. */
  subordinate: boolean;
}

// Words before an event that make it something to do, not something done: "must notify", "will
// tell"; and "<word> to" for the rest ("need to", "plan to", "going to"), so a CP plan is not a plan to.
const TO_DO_WORDS = new Set([
  'must',
  'should',
  'will',
  'shall',
  'gonna',
  'yet',
  'whether',
  'if',
  'how',
  'can',
  'could',
  'would',
  'might',
]);
const BEFORE_TO = new Set([
  'need',
  'needs',
  'plan',
  'planning',
  'going',
  'want',
  'wants',
  'intend',
  'have',
  'has',
  'got',
  'due',
  'about',
]);
// Words after a phrase that turn it round: "abuse ruled out", "neglect not suspected".
const AFTER_NOT = new Set([
  'suspected',
  'thought',
  'believed',
  'considered',
  'confirmed',
  'indicated',
  'concern',
  'concerns',
  'issue',
  'likely',
]);
// Words after an event that make it something arranged, not something done: "ICPC booked for 3 December".
const AFTER_TO_DO = new Set(['booked', 'scheduled', 'planned', 'arranged', 'due', 'pending', 'outstanding']);
const QUESTION_WORDS = new Set(['what', 'when', 'who', 'how', 'why', 'which', 'whether']);

/**
 * Finds the vocabulary's phrases in the tokens. A phrase matches when each of its words matches a
 * word of the text in order, within one clause, passing over small words ("the", "was"); a word
 * matches by its stem (inflections) or within a typing slip. Where matches overlap the longer
 * wins; an event and a fact said by the same words are both kept ("died").
 */
export function findPhraseMatches(tokens: readonly Token[], vocabulary: Vocabulary): PhraseMatch[] {
  const stemsOf = tokens.map((token) => matchingStems(token, vocabulary));
  const found: PhraseMatch[] = [];
  let clause: number[] = [];
  const scanClause = () => {
    for (let position = 0; position < clause.length; position++) {
      for (const first of stemsOf[clause[position]!]!) {
        for (const phrase of vocabulary.byFirstStem.get(first) ?? []) {
          const last = matchFrom(clause, position, phrase, tokens, stemsOf);
          if (last === undefined) continue;
          const firstToken = clause[position]!;
          const lastToken = clause[last]!;
          found.push({
            phrase,
            target: phrase.target,
            firstToken,
            lastToken,
            start: tokens[firstToken]!.start,
            end: tokens[lastToken]!.end,
            negated: false,
            notDone: false,
            subordinate: false,
          });
        }
      }
    }
    clause = [];
  };
  tokens.forEach((token, index) => {
    if (token.boundary) scanClause();
    else clause.push(index);
  });
  scanClause();

  const kept = withoutOverlaps(found);
  for (const match of kept) {
    match.negated = !match.phrase.negative && isNegated(tokens, match);
    match.notDone =
      match.target.kind === 'event' &&
      !vocabulary.plannedEvents.has(match.target.event) &&
      (isToDo(tokens, match) || inQuestion(tokens, match));
    const before = wordsBefore(tokens, match, 2);
    match.subordinate = before.some((word) => word === 'of' || word === 'about');
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  shareNegation(kept, tokens);
  return withoutEchoedEvents(kept, tokens);
}

const JOINING = new Set(['or', 'nor', 'and']);
const BARE_VERB = /^(took place|happened|happened on|occurred)$/;

/** "no concerns about abuse or neglect": a "no" reaches across "or" to the next value of the same fact. */
function shareNegation(matches: PhraseMatch[], tokens: readonly Token[]): void {
  for (let index = 1; index < matches.length; index++) {
    const previous = matches[index - 1]!;
    const match = matches[index]!;
    if (match.negated || !previous.negated || match.target.kind !== 'fact' || previous.target.kind !== 'fact')
      continue;
    if (previous.target.fact !== match.target.fact || match.phrase.negative) continue;
    const between = tokens.slice(previous.lastToken + 1, match.firstToken);
    if (between.length === 1 && JOINING.has(between[0]!.word)) match.negated = true;
  }
}

/**
 * "ICPC took place on the 10th": a bare verb phrase of when the incident happened ("took place",
 * "happened", "occurred") straight after another event is that event happening, not an incident.
 */
function withoutEchoedEvents(matches: PhraseMatch[], tokens: readonly Token[]): PhraseMatch[] {
  return matches.filter((match, index) => {
    if (match.target.kind !== 'event' || !BARE_VERB.test(match.phrase.text)) return true;
    const before = matches
      .slice(0, index)
      .reverse()
      .find((other) => other.target.kind === 'event');
    if (before?.target.kind !== 'event') return true;
    const between = tokens.slice(before.lastToken + 1, match.firstToken);
    return !(between.length <= 1 && between.every((token) => SKIPPED_WORDS.has(token.word)));
  });
}

/**
 * Where the phrase, whose first required word is at `position` of the clause, ends (an index into
 * the clause), or undefined. Small words of the text are passed over, and so are the phrase's
 * optional words when the text leaves them out.
 */
function matchFrom(
  clause: readonly number[],
  position: number,
  phrase: VocabularyPhrase,
  tokens: readonly Token[],
  stemsOf: readonly ReadonlySet<string>[],
): number | undefined {
  let word = phrase.optional.indexOf(false) + 1;
  let at = position + 1;
  while (word < phrase.stems.length) {
    const token = clause[at];
    if (token !== undefined && stemsOf[token]!.has(phrase.stems[word]!)) {
      word++;
      at++;
    } else if (phrase.optional[word]) {
      word++;
    } else if (token !== undefined && SKIPPED_WORDS.has(tokens[token]!.word)) {
      at++;
    } else {
      return undefined;
    }
  }
  return at - 1;
}

/** The vocabulary stems a word of the text matches: its own stem, or those within a typing slip. */
function matchingStems(token: Token, vocabulary: Vocabulary): ReadonlySet<string> {
  if (token.boundary) return EMPTY;
  if (vocabulary.surfaces.has(token.stem)) return new Set([token.stem]);
  if (token.word.length < 6 || SKIPPED_WORDS.has(token.word)) return EMPTY;
  const stems = new Set<string>();
  for (const [stem, surfaces] of vocabulary.surfaces) {
    if (withinTypo(token.stem, stem)) stems.add(stem);
    else for (const surface of surfaces) if (withinTypo(token.word, surface)) stems.add(stem);
  }
  return stems;
}

const EMPTY: ReadonlySet<string> = new Set();

function length(match: PhraseMatch): number {
  return match.end - match.start;
}

/**
 * Where the words say where the child lives, they do not say where the incident happened: "lives
 * in our area" is not "in our area".
 */
const OVERRULES: Partial<Record<string, readonly string[]>> = {
  'child.normallyResidentInArea': ['incident.location'],
};

/**
 * Overlapping matches that say the same kind of thing compete, and the longest wins: among
 * events; among values of one fact ("no concerns about abuse" over "abuse"). Matches about
 * different facts are all kept ("serious sexual abuse" is serious harm, and abuse), as are an
 * event and a fact ("died" says that the child died, and when), except as OVERRULES says.
 */
function withoutOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  const byLength = [...matches].sort((a, b) => length(b) - length(a) || a.start - b.start);
  const kept: PhraseMatch[] = [];
  for (const match of byLength) {
    const clash = kept.some((other) => {
      if (other.end <= match.start || match.end <= other.start) return false;
      return competes(other.target, match.target, other.start === match.start && other.end === match.end);
    });
    if (!clash) kept.push(match);
  }
  return kept;
}

/**
 * Whether a (longer or earlier) match over the same words rules out b. Two events over exactly the
 * same words both stay, for the caller to choose between by what else is said (the vocabulary
 * gives "arrangements went live" to two events).
 */
function competes(a: PhraseTarget, b: PhraseTarget, sameWords: boolean): boolean {
  if (a.kind === 'event' || b.kind === 'event')
    return (
      a.kind === b.kind && !(sameWords && a.kind === 'event' && b.kind === 'event' && a.event !== b.event)
    );
  return a.fact === b.fact || (OVERRULES[a.fact]?.includes(b.fact) ?? false);
}

/** Up to `count` words before the match, nearest first, stopping at a clause boundary. */
function wordsBefore(tokens: readonly Token[], match: PhraseMatch, count: number): string[] {
  const words: string[] = [];
  for (let index = match.firstToken - 1; index >= 0 && words.length < count; index--) {
    const token = tokens[index]!;
    if (token.boundary) break;
    words.push(token.word);
  }
  return words;
}

function isNegated(tokens: readonly Token[], match: PhraseMatch): boolean {
  if (wordsBefore(tokens, match, 4).some((word) => NEGATING_WORDS.has(word))) return true;
  // After it, passing over small words: "abuse is not suspected", "neglect ruled out".
  const after: string[] = [];
  for (let index = match.lastToken + 1; index < tokens.length && after.length < 2; index++) {
    const token = tokens[index]!;
    if (token.boundary) break;
    if (!SKIPPED_WORDS.has(token.word)) after.push(token.word);
  }
  const [next, then] = after;
  if (next === 'excluded' || (next === 'ruled' && then === 'out')) return true;
  return next === 'not' && then !== undefined && AFTER_NOT.has(then);
}

function isToDo(tokens: readonly Token[], match: PhraseMatch): boolean {
  const before = wordsBefore(tokens, match, 4);
  if (before[0] === 'to' || before.some((word) => TO_DO_WORDS.has(word))) return true;
  if (before.some((word, index) => word === 'to' && BEFORE_TO.has(before[index + 1] ?? ''))) return true;
  for (const token of tokens.slice(match.lastToken + 1, match.lastToken + 3)) {
    if (token.boundary) break;
    if (AFTER_TO_DO.has(token.word)) return true;
  }
  return false;
}

/**
 * The clause holding the match asks something: it ends with "?" or opens with "what", "when"...
 * ("our LCSPR was agreed on 1 September, when must it be published?" asks only in its second part).
 */
function inQuestion(tokens: readonly Token[], match: PhraseMatch): boolean {
  let first = match.firstToken;
  while (first > 0 && !tokens[first - 1]!.boundary) first--;
  let last = match.lastToken + 1;
  while (last < tokens.length && !tokens[last]!.boundary) last++;
  return tokens[last]?.word === '?' || QUESTION_WORDS.has(tokens[first]?.word ?? '');
}
