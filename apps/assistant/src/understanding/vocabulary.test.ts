import { catalogue } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { buildVocabulary } from './vocabulary.ts';

describe('the vocabulary comes from the catalogue (one source)', () => {
  it('holds every phrase of the events and facts vocabulary files, and no other', () => {
    const vocabulary = buildVocabulary(catalogue);
    const inFiles = [
      ...Object.values(catalogue.events).flatMap((event) => event.phrases),
      ...Object.values(catalogue.facts).flatMap((fact) =>
        Object.values(fact.values ?? {}).flatMap((value) => value.phrases),
      ),
    ];
    expect(vocabulary.phrases.map((phrase) => phrase.text).sort()).toEqual([...inFiles].sort());
  });

  it('understands a phrase as soon as the vocabulary file has it', () => {
    const text = 'the whistle was blown on Monday';
    expect(understand(text, '2026-11-23', buildVocabulary(catalogue)).changes).toEqual([]);
    const extended = {
      ...catalogue,
      events: {
        ...catalogue.events,
        allegationReceived: {
          ...catalogue.events.allegationReceived,
          phrases: [...catalogue.events.allegationReceived.phrases, 'whistle was blown'],
        },
      },
    };
    expect(understand(text, '2026-11-23', buildVocabulary(extended)).changes).toEqual([
      { path: 'events.allegationReceived', value: '2026-11-23' },
    ]);
  });

  it('reads yes-no facts as true and false, and choices by their ids', () => {
    const vocabulary = buildVocabulary(catalogue);
    const lookedAfter = vocabulary.phrases.find((phrase) => phrase.text === 'not looked after');
    expect(lookedAfter?.target).toEqual({ kind: 'fact', fact: 'child.lookedAfter', value: false });
    expect(lookedAfter?.negative).toBe(true);
    const abroad = vocabulary.phrases.find((phrase) => phrase.text === 'abroad');
    expect(abroad?.target).toEqual({ kind: 'fact', fact: 'incident.location', value: 'outside-england' });
  });
});
