import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPostgres } from './pg-database.ts';
import { openPglite } from './pglite-database.ts';
import { makePrivateFolder } from './private-folder.ts';

export const DEFAULT_DATA_DIR = '.safeguarding-data';

/**
 * PostgreSQL when a URL is given (production, several replicas), otherwise embedded PGlite in a data
 * folder. Either way the migrations are applied before anything else runs.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<Database> {
  if (options.databaseUrl) {
    const db = openPostgres(options.databaseUrl);
    await migrate(db);
    return db;
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  makePrivateFolder(dataDir);
  const unlock = lockDataDir(dataDir);
  try {
    const db = await openPglite({ dataDir: join(dataDir, 'pglite') });
    await migrate(db);
    // PGlite made its files with the process's umask; a library caller may not have set ours.
    makePrivateFolder(dataDir);
    return {
      ...db,
      async close() {
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
