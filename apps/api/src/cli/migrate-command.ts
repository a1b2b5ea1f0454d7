import { grantApiRole, migrate } from '../db/migrate.ts';
import { openPostgres } from '../db/pg-database.ts';
import { type CliContext, fail } from './cli-options.ts';

/**
 * `migrate [--api-role NAME]`, run as the database's owner: applies the migrations, and gives the
 * role the API runs as exactly what it needs (it may insert into the audit tables, never change them).
 */
export async function migrateCommand({ values, storage }: CliContext): Promise<number> {
  if (!storage.databaseUrl) {
    return fail(
      'migrate is for PostgreSQL: set DATABASE_URL to the database, connecting as its owner. The embedded database migrates itself.',
    );
  }
  const role = values['api-role'];
  if (role !== undefined && !/^[a-z_][a-z0-9_$]{0,62}$/.test(role))
    return fail(`--api-role ${role} is not a role name.`);
  const db = openPostgres(storage.databaseUrl, { max: 1 });
  try {
    const applied = await migrate(db);
    console.error(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
    if (role !== undefined) {
      await grantApiRole(db, role);
      console.error(`Role ${role} may now run the API: it may add to the audit log but never change it.`);
    }
  } finally {
    await db.close();
  }
  return 0;
}
