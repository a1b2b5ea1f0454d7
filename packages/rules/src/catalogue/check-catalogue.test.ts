import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readCatalogueFiles } from '../node-only/read-catalogue-files.ts';
import { CatalogueError } from './catalogue-error.ts';
import { checkCatalogue } from './check-catalogue.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const real = readCatalogueFiles(DATA);
const fixture = (name: string) => parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const LADO = 'duties/allegation/lado-inform.yaml';

function failure(files: Record<string, unknown>): string {
  try {
    checkCatalogue(files);
  } catch (error) {
    if (error instanceof CatalogueError) return error.message;
    throw error;
  }
  throw new Error('expected the catalogue to be refused');
}

describe('the packaged data files', () => {
  test('pass every check', () => {
    expect(() => checkCatalogue(real)).not.toThrow();
  });
});

describe('a broken catalogue is refused, naming the file, the field and the problem', () => {
  test.each([
    [
      'no-citation-for-edition.yaml',
      LADO,
      /lado-inform\.yaml: editions\.wt2023\.citations: needs at least one citation/,
    ],
    [
      'citation-from-another-edition.yaml',
      LADO,
      /lado-inform\.yaml: editions\.wt2023\.citations\[0\]\.source: cites wt2018, which is part of wt2018, for wt2023/,
    ],
    [
      'confidence-without-caveat.yaml',
      LADO,
      /lado-inform\.yaml: editions\.wt2023: confidence is medium, so it needs a caveat/,
    ],
    ['unknown-event.yaml', LADO, /lado-inform\.yaml: editions\.wt2023\.deadline.*"allegationRecieved"/],
    ['unknown-edition.yaml', LADO, /lado-inform\.yaml: editions.*wt2010/],
    ['unknown-field.yaml', LADO, /lado-inform\.yaml: editions\.wt2023: has unknown field\(s\) confidance/],
    [
      'unknown-condition.yaml',
      LADO,
      /lado-inform\.yaml: appliesWhen\.condition: unknown condition "an-allegation"/,
    ],
    [
      'unknown-date.yaml',
      LADO,
      /lado-inform\.yaml: editions\.wt2023\.deadline\.date: "lado-deadline" is neither a date/,
    ],
    [
      'unknown-party.yaml',
      LADO,
      /lado-inform\.yaml: actor\/recipients: "headteacher" is not in vocabulary\/parties\.yaml/,
    ],
    [
      'unknown-fact-value.yaml',
      LADO,
      /lado-inform\.yaml: appliesWhen\.in: injured is not a value of incident\.harm/,
    ],
    [
      'same-as-unknown-duty.yaml',
      LADO,
      /lado-inform\.yaml: editions\.wt2023\.deadline\.duty: refers to unknown duty "lado-review"/,
    ],
    ['id-not-file-name.yaml', LADO, /lado-inform\.yaml: id: "lado-referral" does not match the file name/],
    [
      'id-not-file-name.yaml',
      'duties/child-death/lado-referral.yaml',
      /lado-referral\.yaml: process: "allegation" does not match the folder child-death/,
    ],
  ])('%s as %s', (name, path, message) => {
    expect(failure({ ...real, [path]: fixture(name) })).toMatch(message);
  });

  test('a vocabulary file that is missing', () => {
    const { 'vocabulary/events.yaml': _events, ...rest } = real;
    expect(failure(rest)).toBe('vocabulary/events.yaml: the file is missing');
  });

  test('an event the vocabulary leaves out', () => {
    const { laBecameAware: _gone, ...events } = real['vocabulary/events.yaml'] as Record<string, unknown>;
    expect(failure({ ...real, 'vocabulary/events.yaml': events })).toMatch(
      /^vocabulary\/events\.yaml: laBecameAware: is missing/,
    );
  });

  test('a file the catalogue does not know', () => {
    expect(failure({ ...real, 'vocabulary/colours.yaml': {} })).toMatch(
      /^vocabulary\/colours\.yaml: not a catalogue file/,
    );
  });

  test('a named condition that refers to itself', () => {
    const conditions = structuredClone(real['conditions.yaml']) as Record<string, { when: unknown }>;
    conditions['a-child']!.when = { all: [{ condition: 'serious-child-safeguarding-case' }] };
    expect(failure({ ...real, 'conditions.yaml': conditions })).toMatch(
      /conditions\.yaml: .*refers to itself through/,
    );
  });

  test('every problem is reported at once, one per line', () => {
    const message = failure({
      ...real,
      [LADO]: fixture('unknown-party.yaml'),
      'duties/allegation/extra.yaml': { ...fixture('unknown-condition.yaml'), id: 'extra' },
    });
    expect(message.split('\n')).toHaveLength(2);
  });
});
