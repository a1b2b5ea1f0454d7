import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { expect, test } from 'vitest';

test('tests make their temporary folders inside the run folder, which the run removes', () => {
  expect(basename(tmpdir())).toMatch(/^safeguarding-test-/);
  expect(dirname(tmpdir())).not.toBe(tmpdir());
});
