import { createServer, type Server, type Socket } from 'node:net';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { freshDatabaseConfig, TEST_PG_URL } from '../helpers/databases';

type Postgres = Extract<OpenedDatabase, { dialect: 'postgres' }>;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openPostgres(
  settings: { connectTimeoutMs?: number; statementTimeoutMs?: number },
  logger?: { warn: (...args: unknown[]) => void },
): Promise<Postgres> {
  const { config, cleanup } = freshDatabaseConfig('postgres', 'pool');
  const opened = await openDatabase({ ...config, ...settings } as typeof config, logger ? { logger } : {});
  cleanups.push(async () => {
    await opened.close();
    await cleanup();
  });
  if (opened.dialect !== 'postgres') throw new Error('expected PostgreSQL');
  return opened;
}

describe('the PostgreSQL pool', () => {
  it('cancels a statement that runs longer than the statement timeout', async () => {
    const db = await openPostgres({ statementTimeoutMs: 200 });
    const started = Date.now();
    await expect(sql`select pg_sleep(5)`.execute(db.db)).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('runs migrations without the statement timeout and restores it afterwards', async () => {
    const db = await openPostgres({ statementTimeoutMs: 300 });
    // A migration longer than the timeout (an index over a large table, say).
    const slow = {
      slow: {
        '9999_slow': { up: async (m: Kysely<unknown>) => void (await sql`select pg_sleep(0.6)`.execute(m)) },
      },
    };
    const outcome = await migrateToLatest(db.db, slow);
    expect(outcome).toEqual({ ok: true, applied: ['9999_slow'] });
    const shown = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db.db);
    expect(shown.rows[0]?.statement_timeout).toBe('300ms');
  });

  it('gives up connecting to a database that does not answer after the connect timeout', async () => {
    // A TCP server that accepts connections and never speaks: a hung database.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    const address = silent.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const opened = await openDatabase({
      kind: 'postgres',
      url: `postgres://postgres@127.0.0.1:${port}/test`,
      schema: undefined,
      poolSize: 1,
      connectTimeoutMs: 300,
    });
    cleanups.push(() => opened.close());
    const started = Date.now();
    await expect(sql`select 1`.execute(opened.db)).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('logs an error on an idle connection instead of dropping it, and keeps serving', async () => {
    const warn = vi.fn();
    const db = await openPostgres({}, { warn });
    const client = await db.pool.connect();
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    client.release();
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
    } finally {
      await admin.end();
    }
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]?.[1]).toMatch(/idle PostgreSQL connection failed/);
    expect((await sql<{ one: number }>`select 1 as one`.execute(db.db)).rows).toEqual([{ one: 1 }]);
  });
});
