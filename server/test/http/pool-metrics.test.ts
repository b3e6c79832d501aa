import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { testConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logging';
import { createLocalNotifier } from '../../src/sync/notifier';
import { freshDatabaseConfig } from '../helpers/databases';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appOn(dialect: 'sqlite' | 'postgres', poolSize: number) {
  const fresh = freshDatabaseConfig(dialect, 'poolmetrics');
  const config = fresh.config.kind === 'postgres' ? { ...fresh.config, poolSize } : fresh.config;
  const opened = await openDatabase(config);
  const app = createApp({
    config: testConfig({ database: config, designerDir: '/nonexistent' }),
    db: opened,
    logger: createLogger('silent'),
    // In-process change hints: the LISTEN connection would take a client of the pool under test.
    notifier: createLocalNotifier(),
  });
  cleanups.push(async () => {
    await app.close();
    await opened.close();
    await fresh.cleanup();
  });
  return { app, opened };
}

const poolSamples = (text: string) =>
  Object.fromEntries(
    [...text.matchAll(/^syncraft_db_pool_clients\{state="(\w+)"\} (\d+)$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]),
  );

describe('PostgreSQL pool metrics', () => {
  it('show open, idle and waiting clients at each scrape: a request queued behind a full pool counts as waiting', async () => {
    const { app, opened } = await appOn('postgres', 2);
    if (opened.dialect !== 'postgres') throw new Error('expected PostgreSQL');
    const held = [await opened.pool.connect(), await opened.pool.connect()];
    const queued = opened.pool.connect();
    expect(poolSamples((await request(app).get('/metrics')).text)).toEqual({ total: 2, idle: 0, waiting: 1 });
    for (const client of held) client.release();
    (await queued).release();
    expect(poolSamples((await request(app).get('/metrics')).text)).toEqual({ total: 2, idle: 2, waiting: 0 });
  });

  it('are absent on SQLite, which has no pool', async () => {
    const { app } = await appOn('sqlite', 1);
    expect((await request(app).get('/metrics')).text).not.toContain('syncraft_db_pool_clients');
  });
});
