import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { renderDutiesDocument } from './duties-document.ts';

const committed = fileURLToPath(new URL('../../../schemas/duties.json', import.meta.url));
const script = fileURLToPath(new URL('../scripts/generate-duties.ts', import.meta.url));

test('schemas/duties.json is up to date with the catalogue', () => {
  expect(readFileSync(committed, 'utf8')).toBe(renderDutiesDocument());
});

test('the generator in check mode passes on the committed file', () => {
  const run = spawnSync(process.execPath, ['--conditions=source', script, '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

test('schemas/duties.json lists every duty, each with a citation', () => {
  const document = JSON.parse(readFileSync(committed, 'utf8'));
  expect(document.duties).toHaveLength(32);
  for (const duty of document.duties) expect(duty.citations.length, duty.id).toBeGreaterThan(0);
  expect(document.editions.map((edition: { id: string }) => edition.id)).toEqual([
    'wt2013',
    'wt2015',
    'wt2018',
    'wt2023',
  ]);
});

test('the rendering is deterministic, with sorted keys', () => {
  const text = renderDutiesDocument();
  expect(renderDutiesDocument()).toBe(text);
  expect(Object.keys(JSON.parse(text))).toEqual(['$comment', 'description', 'duties', 'editions']);
});
