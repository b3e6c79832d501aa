import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { asInstant } from '@syncraft/runtime/merge';
import type { JsonValue } from '@syncraft/runtime/protocol';
import SqliteDriver from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { CONFIG_DEFAULTS, type DatabaseConfig, type ServerConfig } from '../config';
import type { Database } from './schema';

/** Which SQL engine is behind a {@link OpenedDatabase}. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * An open database: the typed Kysely instance, a `reader` for queries outside any transaction
 * (pulls), and what is specific to each engine (the pg pool, for LISTEN/NOTIFY). `close()` ends
 * every connection; call it once at shutdown.
 */
export type OpenedDatabase =
  | {
      readonly dialect: 'sqlite';
      readonly db: Kysely<Database>;
      /**
       * A second, read-only connection: in WAL mode it reads the last committed state while a push
       * holds the writing connection, so pulls do not queue behind pushes.
       */
      readonly reader: Kysely<Database>;
      readonly close: () => Promise<void>;
    }
  | {
      readonly dialect: 'postgres';
      readonly db: Kysely<Database>;
      /** The same pool as `db`: PostgreSQL reads never wait for writers. */
      readonly reader: Kysely<Database>;
      readonly pool: pg.Pool;
      readonly close: () => Promise<void>;
    };

/**
 * SQL functions scope queries use (sync/scope-sql.ts). `sc_instant` reads a JSON value as an
 * instant (epoch ms) exactly as the runtime's conditions do, so SQL and the device agree on every
 * datetime; PostgreSQL defines the same function in a migration.
 */
/**
 * Keeps the statements the SQLite driver prepares, by SQL text (least recently used dropped past
 * `size`), so a query Kysely runs again skips SQLite's parse and plan. Safe because nothing here
 * streams rows (`iterate` would hold a statement busy) and SQLite re-prepares a statement by itself
 * after a schema change.
 */
function cachePrepared(driver: SqliteDriver.Database, size = 256): void {
  const prepare = driver.prepare.bind(driver);
  const cache = new Map<string, SqliteDriver.Statement>();
  driver.prepare = ((source: string) => {
    const hit = cache.get(source);
    if (hit) {
      cache.delete(source);
      cache.set(source, hit);
      return hit;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return statement;
  }) as typeof driver.prepare;
}

function defineFunctions(driver: SqliteDriver.Database): void {
  driver.function('sc_instant', { deterministic: true }, (value: unknown) => {
    const instant = asInstant((value ?? null) as JsonValue);
    return instant === undefined ? null : instant;
  });
}

/** What {@link openDatabase} reports on: problems no caller is waiting for (a dropped idle connection). */
export interface OpenDatabaseOptions {
  readonly logger?: Pick<Logger, 'warn'>;
}

/** pg type id of `bigint` / `int8`: sequence numbers fit comfortably in a double (2^53). */
const INT8_OID = 20;

/**
 * Opens the configured database: SQLite (WAL journal, 5 s busy timeout) when no DATABASE_URL is
 * set, else a PostgreSQL pool with a connect timeout and a statement timeout, whose errors on idle
 * connections are logged (`options.logger`, else stderr). Does not run migrations: see
 * {@link migrateToLatest}.
 *
 * @example
 * const { db, dialect, close } = await openDatabase(config.database);
 * const apps = await db.selectFrom('sync_app_seq').selectAll().execute();
 * await close();
 */
export async function openDatabase(
  config: DatabaseConfig | ServerConfig,
  options: OpenDatabaseOptions = {},
): Promise<OpenedDatabase> {
  const dbConfig: DatabaseConfig = 'database' in config ? config.database : config;
  if (dbConfig.kind === 'sqlite') {
    if (dbConfig.file !== ':memory:') mkdirSync(dirname(dbConfig.file), { recursive: true });
    const driver = new SqliteDriver(dbConfig.file);
    driver.pragma('journal_mode = WAL');
    driver.pragma('busy_timeout = 5000');
    // NORMAL in WAL mode keeps every committed transaction across a process crash (SIGKILL);
    // only a power loss may drop the last commits. docs/server.md ("Crash safety").
    driver.pragma('synchronous = NORMAL');
    driver.pragma('foreign_keys = ON');
    defineFunctions(driver);
    cachePrepared(driver);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: driver }) });
    if (dbConfig.file === ':memory:') return { dialect: 'sqlite', db, reader: db, close: () => db.destroy() };
    const readDriver = new SqliteDriver(dbConfig.file, { readonly: true });
    readDriver.pragma('busy_timeout = 5000');
    defineFunctions(readDriver);
    cachePrepared(readDriver);
    const reader = new Kysely<Database>({ dialect: new SqliteDialect({ database: readDriver }) });
    return {
      dialect: 'sqlite',
      db,
      reader,
      close: async () => {
        await reader.destroy();
        await db.destroy();
      },
    };
  }

  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const connectionTimeoutMillis = dbConfig.connectTimeoutMs ?? CONFIG_DEFAULTS.pgConnectTimeoutMs;
  const statementTimeout = dbConfig.statementTimeoutMs ?? CONFIG_DEFAULTS.pgStatementTimeoutMs;
  if (dbConfig.schema !== undefined) {
    // The schema must exist before a pool with this search_path is of any use.
    const client = new pg.Client({ connectionString: dbConfig.url, connectionTimeoutMillis });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${dbConfig.schema}"`);
    } catch (error) {
      // Two processes starting at once can race on the catalog; the loser's schema exists now.
      const code = (error as { code?: unknown }).code;
      if (code !== '23505' && code !== '42P06') throw error;
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: dbConfig.url,
    max: dbConfig.poolSize,
    types,
    // A database that does not answer fails the request after this long instead of hanging it.
    connectionTimeoutMillis,
    // Set at connection start, so it holds for every statement; migrations lift it (migrate.ts).
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}),
    ...(dbConfig.schema !== undefined ? { options: `-c search_path=${dbConfig.schema}` } : {}),
  });
  // An idle client losing its connection (database restart, failover, an operator's
  // pg_terminate_backend) must not crash the process: the pool replaces it. Say so, though.
  const warn =
    options.logger === undefined
      ? (error: Error) => console.warn(`Syncraft: idle PostgreSQL connection failed: ${error.message}`)
      : (error: Error) =>
          options.logger?.warn({ err: error }, 'idle PostgreSQL connection failed; the pool replaces it');
  pool.on('error', warn);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { dialect: 'postgres', db, reader: db, pool, close: () => db.destroy() };
}

/** True when the database answers a trivial query. */
export async function isReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
