import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config';
import { type OpenedDatabase, openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';

/** The PostgreSQL server the tests use (CI starts one); never skipped when unreachable. */
export const TEST_PG_URL = process.env.SYNCRAFT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Both engines: every storage suite runs once per entry. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

/** A migrated, empty database of its own plus the way to drop it. */
export interface TestDatabase {
  readonly opened: OpenedDatabase;
  readonly config: DatabaseConfig;
  /** Closes connections and removes the SQLite folder or the PostgreSQL schema. */
  readonly dispose: () => Promise<void>;
}

let counter = 0;

/** Config for a fresh database of `dialect` (a temp folder, or a schema of its own). */
export function freshDatabaseConfig(
  dialect: TestDialect,
  label: string,
): {
  config: DatabaseConfig;
  cleanup: () => Promise<void>;
} {
  counter += 1;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `syncraft-${label}-`));
    return {
      // The name the server process gives its file in SYNCRAFT_DATA_DIR, so one can share it.
      config: { kind: 'sqlite', file: join(dir, 'syncraft.sqlite') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${counter}_${Date.now().toString(36)}`;
  return {
    config: { kind: 'postgres', url: TEST_PG_URL, schema, poolSize: 10 },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Opens and migrates a fresh database; fails loudly when PostgreSQL is unreachable. */
export async function openTestDatabase(dialect: TestDialect, label: string): Promise<TestDatabase> {
  const { config, cleanup } = freshDatabaseConfig(dialect, label);
  const opened = await openDatabase(config);
  const outcome = await migrateToLatest(opened.db);
  if (!outcome.ok) throw outcome.error;
  return {
    opened,
    config,
    dispose: async () => {
      await opened.close();
      await cleanup();
    },
  };
}
