import { EventName, NextActions } from '@safeguarding/schemas';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FactsError } from '../facts-error.ts';
import { catalogue, nextActions } from '../index.ts';

const EDITION_SOURCES = new Set(
  Object.entries(catalogue.sources).flatMap(([id, source]) => (source.edition ? [id] : [])),
);
const day = fc
  .integer({ min: Date.UTC(2013, 3, 15) / 86_400_000, max: Date.UTC(2029, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Any facts the schema accepts (and some it refuses: dates out of order are refused, never crash). */
const facts = fc.record(
  {
    child: fc.record(
      {
        ageYears: fc.integer({ min: 0, max: 30 }),
        lookedAfter: fc.boolean(),
        careLeaver: fc.boolean(),
        normallyResidentInArea: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    incident: fc.record(
      {
        harm: fc.constantFrom('death', 'serious-harm', 'none'),
        abuseOrNeglect: fc.constantFrom('known', 'suspected', 'not-suspected', 'unknown'),
        location: maybe(fc.constantFrom('in-area', 'outside-england', 'elsewhere-in-england')),
      },
      { requiredKeys: ['harm', 'abuseOrNeglect'] },
    ),
    death: fc.record({ expected: fc.boolean(), jarCriteriaMet: fc.boolean() }, { requiredKeys: [] }),
    review: fc.record({ kind: fc.constantFrom('lcspr', 'national', 'scr') }),
    childProtection: fc.record(
      { conferenceNeeded: fc.boolean(), planMade: fc.boolean() },
      { requiredKeys: [] },
    ),
    arrangements: fc.record(
      { regime: fc.constantFrom('lscb', 'safeguarding-partners') },
      { requiredKeys: [] },
    ),
    events: fc.dictionary(fc.constantFrom(...EventName.options), day, { maxKeys: 6 }),
  },
  { requiredKeys: ['events'] },
);

function answer(input: unknown, asOf: string) {
  try {
    return nextActions(input, { asOf });
  } catch (error) {
    // Facts the schema refuses (events out of order) are a FactsError naming the field, never a crash.
    expect(error).toBeInstanceOf(FactsError);
    expect((error as FactsError).issues.length).toBeGreaterThan(0);
    return undefined;
  }
}

describe('whatever the facts, the answer keeps its promises', () => {
  test('every duty is answered once; each action is cited to its own edition and says what it depends on', () => {
    fc.assert(
      fc.property(facts, day, (input, asOf) => {
        const result = answer(input, asOf);
        if (!result) return;
        expect(NextActions.safeParse(result).success).toBe(true);
        const ids = [
          ...result.actions.map((action) => action.duty),
          ...result.notApplicable.map((entry) => entry.duty),
        ];
        expect(ids.sort()).toEqual(catalogue.duties.map((duty) => duty.id).sort());
        const asked = new Set(result.questions.map((question) => question.fact));
        for (const action of result.actions) {
          expect(catalogue.duties.find((duty) => duty.id === action.duty)!.editions).toHaveProperty(
            action.edition,
          );
          for (const citation of action.citations) {
            if (EDITION_SOURCES.has(citation.source))
              expect(catalogue.sources[citation.source]!.edition).toBe(action.edition);
          }
          for (const fact of action.dependsOn ?? []) expect(asked.has(fact), fact).toBe(true);
          if (action.confidence !== 'high') expect(action.caveat).toBeTruthy();
          if (action.status === 'overdue') expect(action.dueDate! < asOf).toBe(true);
          if (action.status === 'due' && action.dueDate) expect(action.dueDate >= asOf).toBe(true);
          if (action.workingDaysRemaining !== undefined && action.status === 'overdue')
            expect(action.workingDaysRemaining).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('events after the as-of date change nothing but the warning that names them', () => {
    fc.assert(
      fc.property(facts, day, (input, asOf) => {
        const known = Object.fromEntries(
          Object.entries(input.events).filter(
            ([name, date]) => date <= asOf || catalogue.events[name as EventName].planned,
          ),
        );
        const withoutLater = answer({ ...input, events: known }, asOf);
        const withLater = answer(input, asOf);
        if (!withoutLater || !withLater) return;
        const { warnings: _a, ...rest } = withLater;
        const { warnings: _b, ...expected } = withoutLater;
        expect(rest).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
