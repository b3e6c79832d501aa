import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResult, Migrator } from 'kysely/migration';
import { migrationSets } from './migration-sets';
import type { Database } from './schema';

/** A provider over migrations known at build time (no file-system scanning at run time). */
class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Readonly<Record<string, Migration>>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...this.migrations };
  }
}

/**
 * On PostgreSQL, the schema the connection works in (its search_path). The migrator must be told:
 * without it, Kysely takes a `kysely_migration` table in any other schema of the database as its
 * own and never creates one here.
 */
async function migrationSchema(db: Kysely<Database>): Promise<{ migrationTableSchema?: string }> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return {};
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}

/** The outcome of running migrations. */
export type MigrateOutcome =
  | { readonly ok: true; readonly applied: readonly string[] }
  | { readonly ok: false; readonly error: Error; readonly results: readonly MigrationResult[] };

/** Every migration of every set, keyed by its unique name. Throws when two sets share a name. */
export function allMigrations(
  sets: Readonly<Record<string, Readonly<Record<string, Migration>>>> = migrationSets,
): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const [setName, set] of Object.entries(sets)) {
    for (const [name, migration] of Object.entries(set)) {
      if (Object.hasOwn(all, name))
        throw new Error(`Migration "${name}" of set "${setName}" is defined twice.`);
      all[name] = migration;
    }
  }
  return all;
}

/**
 * Brings the database schema up to date. Safe to run from several processes at once: Kysely's
 * migrator takes a lock (an advisory lock on PostgreSQL) so each migration runs exactly once.
 * On PostgreSQL the migrations run on one connection without the pool's statement timeout (an
 * index over a large table may take minutes), restored before the connection goes back.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  sets: Readonly<Record<string, Readonly<Record<string, Migration>>>> = migrationSets,
): Promise<MigrateOutcome> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return migrate(db, sets);
  return db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      return await migrate(connection, sets);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

/** How often the migrator starts again after another schema of the database vanished under it. */
const SCHEMA_RACE_ATTEMPTS = 5;

/**
 * Kysely's migrator looks for its table by listing the tables of every schema in the database; a
 * schema dropped by someone else at that moment fails the listing with 3F000 (invalid schema name),
 * though nothing of ours changed. Several apps or test runs sharing one PostgreSQL meet it: start
 * again, the listing then succeeds.
 */
async function migrate(
  db: Kysely<Database>,
  sets: Readonly<Record<string, Readonly<Record<string, Migration>>>>,
): Promise<MigrateOutcome> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await migrateOnce(db, sets);
    const code = outcome.ok ? undefined : (outcome.error as { code?: unknown }).code;
    if (code !== '3F000' || attempt >= SCHEMA_RACE_ATTEMPTS) return outcome;
  }
}

async function migrateOnce(
  db: Kysely<Database>,
  sets: Readonly<Record<string, Readonly<Record<string, Migration>>>>,
): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(allMigrations(sets)),
    allowUnorderedMigrations: true,
    ...(await migrationSchema(db)),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)), results };
  }
  return { ok: true, applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Names of the migrations not yet applied (empty when the schema is up to date). */
export async function pendingMigrations(
  db: Kysely<Database>,
  sets: Readonly<Record<string, Readonly<Record<string, Migration>>>> = migrationSets,
): Promise<string[]> {
  try {
    const migrator = new Migrator({
      db,
      provider: new StaticMigrationProvider(allMigrations(sets)),
      ...(await migrationSchema(db)),
    });
    const infos = await migrator.getMigrations();
    return infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
  } catch {
    return Object.keys(allMigrations(sets));
  }
}
