import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { catalogue } from '../default-engine.ts';

/**
 * The catalogue against the domain reference, shared/domain/duties.md, which wins where the two
 * differ. It exists beside the clone on this machine and in CI; a plain clone skips these checks.
 */
const REFERENCE = fileURLToPath(new URL('../../../../../shared/domain/duties.md', import.meta.url));
const EDITIONS = ['wt2013', 'wt2015', 'wt2018', 'wt2023'];
const LEVELS = ['low', 'medium', 'high'];
const lower = (a: string, b: string) => (LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b);

interface ReferenceRow {
  editions: string[];
  confidence: Record<string, string>;
}

/** "high (wt2015), low (wt2013 timescale)" → { wt2015: high, wt2013: low }, for the row's editions. */
function confidenceByEdition(text: string, editions: string[]): Record<string, string> {
  const parts = text.split(/,\s*(?![^()]*\))/);
  const result: Record<string, string> = {};
  const first = /^(low|medium|high)/.exec(parts[0]!.trim())![1]!;
  for (const edition of editions) result[edition] = first;
  for (const part of parts) {
    const [, level, qualifier = ''] = /^(low|medium|high)\s*(?:\((.*)\))?/.exec(part.trim())!;
    const named = editions.filter((edition) => qualifier.includes(edition));
    for (const edition of named) result[edition] = level!;
    // "medium (wt2023 recipients low)": part of that edition's entry is less certain.
    for (const [, edition, inner] of qualifier.matchAll(/(wt20\d\d)[^,;]*?\b(low|medium|high)\b/g)) {
      if (editions.includes(edition!)) result[edition!] = lower(result[edition!]!, inner!);
    }
  }
  return result;
}

function readReference(): Map<string, ReferenceRow> {
  const rows = new Map<string, ReferenceRow>();
  for (const line of readFileSync(REFERENCE, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id) continue;
    const editionCell = cells[2]!;
    const editions = editionCell.startsWith('all')
      ? EDITIONS
      : EDITIONS.filter((edition) => editionCell.includes(edition));
    rows.set(id, { editions, confidence: confidenceByEdition(cells.at(-2)!, editions) });
  }
  return rows;
}

describe.skipIf(!existsSync(REFERENCE))('the catalogue agrees with shared/domain/duties.md', () => {
  const reference = existsSync(REFERENCE) ? readReference() : new Map<string, ReferenceRow>();

  test('the reference was read', () => expect(reference.size).toBeGreaterThan(20));

  test('every duty of the reference is in the catalogue', () => {
    const ids = new Set(catalogue.duties.map((duty) => duty.id));
    expect([...reference.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  test('each duty belongs to the editions the reference gives', () => {
    const differences = catalogue.duties.flatMap((duty) => {
      const row = reference.get(duty.id);
      const editions = Object.keys(duty.editions);
      return row && row.editions.join() !== editions.join()
        ? [`${duty.id}: ${editions.join()} ≠ ${row.editions.join()}`]
        : [];
    });
    expect(differences).toEqual([]);
  });

  test('each edition of each duty has the confidence the reference supports', () => {
    const differences = catalogue.duties.flatMap((duty) => {
      const row = reference.get(duty.id);
      if (!row) return [];
      return Object.entries(duty.editions).flatMap(([edition, rules]) =>
        rules.confidence === row.confidence[edition]
          ? []
          : [`${duty.id} ${edition}: ${rules.confidence}, the reference says ${row.confidence[edition]}`],
      );
    });
    expect(differences).toEqual([]);
  });
});
