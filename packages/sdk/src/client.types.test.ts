// Type-level tests: `tsc -b` (the first step of npm test) fails if a line marked @ts-expect-error
// compiles, or if an expectTypeOf does not hold. The runtime part only builds a client.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CaseFacts,
  createClient,
  type NextActions,
  type SchemaId,
  type SeriousIncident,
  type SeriousIncidentInput,
  type ValidationReport,
} from './index.ts';

const sg = createClient({ baseUrl: 'http://127.0.0.1:1', token: 'sg_example', retries: 0 });
const input: SeriousIncidentInput = {
  area: 'E08000034',
  notifier: { role: 'Head of Service, Safeguarding' },
  incidentType: 'serious-harm',
  harm: 'serious-harm',
  abuseOrNeglect: 'suspected',
  location: 'in-area',
  incidentDate: '2026-11-01',
  laBecameAware: '2026-11-02',
  children: [{ reference: 'CHILD-001', ageYears: 4 }],
  caseOutline: 'Outline.',
};

/** Calls that are only compiled, never run: their types are the test. */
function compileOnly(record: SeriousIncident) {
  void sg.seriousIncidents.create(input, { idempotencyKey: 'si-2026-0042' });
  // What get returned can be sent back to update as it is.
  void sg.seriousIncidents.update(record.id, record, { version: record.version });
  void sg.seriousIncidents.patch(record.id, { caseOutline: 'Shorter.', panelNotified: null }, { version: 3 });

  // @ts-expect-error a required field is missing
  void sg.seriousIncidents.create({ ...input, caseOutline: undefined });
  // @ts-expect-error harm is one of a fixed list
  void sg.seriousIncidents.create({ ...input, harm: 'sad' });
  // @ts-expect-error an unknown field
  void sg.seriousIncidents.create({ ...input, surname: 'Smith' });
  // @ts-expect-error ages are numbers
  void sg.seriousIncidents.create({ ...input, children: [{ reference: 'C', ageYears: 'four' }] });
  // @ts-expect-error update needs the version read
  void sg.seriousIncidents.update(record.id, record, {});
  // @ts-expect-error a required field cannot be removed by a patch
  void sg.seriousIncidents.patch(record.id, { caseOutline: null }, { version: 3 });
  // @ts-expect-error a rapid review is not a serious incident
  void sg.rapidReviews.create(input);
  // @ts-expect-error not a filter of this collection
  void sg.seriousIncidents.list({ seriousIncidentId: 'x' });
  // @ts-expect-error no such record schema
  void sg.validate('pizza', {});
  // @ts-expect-error give add or to
  void sg.workingDays({ from: '2026-12-24', add: 'one' });
  // @ts-expect-error case facts need events
  void sg.nextActions({ incident: { harm: 'death', abuseOrNeglect: 'known' } });
}

describe('the SDK’s types', () => {
  it('types every answer from the OpenAPI document', () => {
    expectTypeOf(sg.seriousIncidents.get).returns.resolves.toEqualTypeOf<SeriousIncident>();
    expectTypeOf(sg.seriousIncidents.create)
      .returns.resolves.toHaveProperty('version')
      .toEqualTypeOf<number>();
    expectTypeOf(sg.seriousIncidents.list).returns.toEqualTypeOf<AsyncIterableIterator<SeriousIncident>>();
    expectTypeOf(sg.nextActions).parameter(0).toEqualTypeOf<CaseFacts>();
    expectTypeOf(sg.nextActions).returns.resolves.toEqualTypeOf<NextActions>();
    expectTypeOf(sg.validate).returns.resolves.toEqualTypeOf<ValidationReport>();
    expectTypeOf<SchemaId>().toExtend<string>();
    expectTypeOf<'serious-incident-input'>().toExtend<SchemaId>();
    expectTypeOf(sg.due).returns.resolves.toHaveProperty('nextCursor').toEqualTypeOf<string | undefined>();
    expectTypeOf(compileOnly).toBeFunction();
  });
});
