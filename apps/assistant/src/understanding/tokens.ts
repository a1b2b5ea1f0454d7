import { stem } from './stem.ts';

/** One word (or number, or punctuation mark) of the user's text, with where it sits in the text. */
export interface Token {
  /** As normalised: lower case, apostrophes removed ("council's" → "councils", "don't" → "dont"). */
  word: string;
  stem: string;
  start: number;
  end: number;
  /** A comma, full stop or other mark that ends a clause: negation and dates do not reach across it. */
  boundary: boolean;
}

// Words and numbers (apostrophes inside a word are kept, then removed), or a single punctuation mark.
// Hyphens and slashes split words: "care-leaver" is "care leaver", "16-year-old" is "16 year old".
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?()]/gu;

const PUNCTUATION = /^[.,;:!?()]$/;
const BOUNDARY_WORDS = new Set(['but', 'although', 'though', 'however', 'whereas']);

/** Splits text into tokens. Punctuation marks and words such as "but" are clause boundaries. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    if (PUNCTUATION.test(raw)) {
      // A full stop or colon between digits belongs to a date or a time ("5.6.26", "14:30").
      if ('.:'.includes(raw) && /\d/.test(text[start - 1] ?? '') && /\d/.test(text[start + 1] ?? ''))
        continue;
      tokens.push({ word: raw, stem: raw, start, end: start + raw.length, boundary: true });
      continue;
    }
    const word = raw.toLowerCase().replace(/['’]/g, '');
    tokens.push({
      word,
      stem: stem(word),
      start,
      end: start + raw.length,
      boundary: BOUNDARY_WORDS.has(word),
    });
  }
  return tokens;
}

/** The same normalisation for a vocabulary phrase: its words, without punctuation. */
export function phraseWords(phrase: string): Token[] {
  return tokenise(phrase).filter((token) => !PUNCTUATION.test(token.word));
}
