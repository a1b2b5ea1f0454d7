import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextActions, validate } from './offline.ts';

const example = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../schemas/examples/${path}`, import.meta.url), 'utf8'));

describe('@safeguarding/sdk/offline', () => {
  it('answers next actions without a server', () => {
    const answer = nextActions(
      {
        incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
        events: { laBecameAware: '2026-11-19' },
      },
      { asOf: '2026-11-23' },
    );
    expect(answer.actions.find((a) => a.duty === 'si-notify-panel')?.dueDate).toBe('2026-11-26');
  });

  it('validates a batch into the report the server gives', () => {
    const good = example('serious-incident-input/valid/death-suspected-neglect.json');
    const report = validate('serious-incident-input', [good, { ...good, children: [] }]);
    expect(report.summary).toEqual({ records: 2, valid: 1, invalid: 1, errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({ severity: 'error', path: '/1/children' });
    expect(validate('serious-incident', good).summary.invalid).toBe(1);
  });

  it('says plainly when the schema id is not a record schema', () => {
    expect(() => validate('case-facts' as never, {})).toThrow(/not a record schema id/);
  });
});
