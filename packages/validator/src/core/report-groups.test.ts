import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from './report.ts';
import { problemGroups } from './report-groups.ts';
import { validate } from './validate.ts';

const schemaId = 'serious-incident-input';
let report: Report;
beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/incidents.csv', import.meta.url)));
  report = await validate({ name: 'incidents.csv', format: 'csv', bytes }, { schemaId, asOf: '2026-11-23' });
});

describe('problemGroups', () => {
  it('puts every kept problem in the group of its code, counts complete, the commonest first', () => {
    const groups = problemGroups(report, schemaId);
    expect(groups.map((group) => group.code).sort()).toEqual(Object.keys(report.summary.byCode).sort());
    expect(groups.flatMap((group) => group.problems).length).toBe(report.problems.length);
    for (const group of groups) {
      expect(group.problems.every((problem) => problem.code === group.code)).toBe(true);
      expect(group.count).toBe(report.summary.byCode[group.code]?.count);
      expect(group.description).toBe(report.summary.byCode[group.code]?.description);
    }
    const counts = groups.map((group) => group.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it.each([
    { kind: 'a statutory timescale', code: 'DUTY-si-notify-panel', cites: /^wt2023 chapter 5$/ },
    {
      kind: 'a coded rule',
      code: 'SI-007',
      cites: /^Serious incident notification \(input\) schema, version [\d.]+, rule SI-007$/,
    },
    {
      kind: 'a structural check',
      code: 'SCHEMA-PATTERN',
      cites: /^Serious incident notification \(input\) schema, version [\d.]+$/,
    },
    { kind: 'a problem with the file', code: 'FILE-UNKNOWN-COLUMN', cites: /schemas\/README\.md/ },
  ])('cites where $kind comes from', ({ code, cites }) => {
    const group = problemGroups(report, schemaId).find((candidate) => candidate.code === code);
    expect(group?.citations.map((citation) => citation.text)).toContainEqual(expect.stringMatching(cites));
  });

  it("cites a coded rule's own source first when the schema gives one", async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/incidents.json', import.meta.url)));
    const json = await validate(
      { name: 'incidents.json', format: 'json', bytes },
      { schemaId, asOf: '2026-11-23' },
    );
    const group = problemGroups(json, schemaId).find((candidate) => candidate.code === 'SI-005');
    expect(group?.citations.map((citation) => citation.text)).toEqual([
      'ca2004 s65 (a child is a person under 18)',
      expect.stringMatching(/, rule SI-005$/),
    ]);
  });
});
