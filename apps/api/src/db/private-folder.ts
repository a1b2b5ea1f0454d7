import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes a data folder, and everything already in it, readable by its owner only: folders 0700,
 * files 0600, whatever the umask was when they were made. Records about children are special
 * category data (UK GDPR Art 9); a world-readable data folder would hand them to every local user.
 * Files made later by this process are private too, as the command line sets its umask to 077
 * (bin/safeguarding-api.js) before anything is written.
 */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pending = [dir];
  while (pending.length > 0) {
    const folder = pending.pop() as string;
    chmodSync(folder, 0o700);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && (lstatSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    }
  }
}
