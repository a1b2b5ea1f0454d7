import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a test (or a process it starts) makes goes into one
 * folder for the run, removed when the run ends, so tests leave nothing behind. os.tmpdir() reads
 * TMPDIR, which the test workers inherit.
 */
export default function useOneTemporaryFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'safeguarding-test-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
