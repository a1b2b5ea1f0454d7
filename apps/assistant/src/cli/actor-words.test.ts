import { describe, expect, it } from 'vitest';
import { actorWords } from './actor-words.ts';

describe('actorWords', () => {
  it.each([
    { actor: 'local-authority', words: 'local authority' },
    { actor: 'lscb-chair', words: 'LSCB chair' },
    { actor: 'employer', words: 'employer' },
  ])('$actor reads "$words"', ({ actor, words }) => {
    expect(actorWords(actor)).toBe(words);
  });
});
