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

  it('validates a batch into the report the server gives, with the same library', async () => {
    const good = example('serious-incident-input/valid/death-suspected-neglect.json');
    const report = await validate('serious-incident-input', [good, { ...good, children: [] }], {
      asOf: '2026-11-23',
    });
    expect(report.summary).toMatchObject({ records: 2, valid: 1, invalid: 1 });
    expect(report.problems.find((problem) => problem.severity === 'error')).toMatchObject({
      record: 2,
      path: '/children',
    });
    expect((await validate('serious-incident', good, { asOf: '2026-11-23' })).summary.invalid).toBe(1);
  });

  it('says plainly when the schema id is not a record schema', async () => {
    await expect(validate('case-facts' as never, {})).rejects.toThrow(/not a record schema id/);
  });
});
