import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SyncraftApp } from '../../src/app';
import { testConfig } from '../../src/config';
import { type OpenedDatabase, openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { createLogger } from '../../src/logging';
import { DIALECTS, freshDatabaseConfig } from '../helpers/databases';

describe.each(DIALECTS)('readiness on %s', (dialect) => {
  let opened: OpenedDatabase;
  let app: SyncraftApp;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const fresh = freshDatabaseConfig(dialect, 'ready');
    cleanup = fresh.cleanup;
    opened = await openDatabase(fresh.config);
    app = createApp({
      config: testConfig({ database: fresh.config, designerDir: '/nonexistent' }),
      db: opened,
      logger: createLogger('silent'),
    });
  });
  afterAll(async () => {
    await app.close();
    await opened.close();
    await cleanup();
  });

  it('is live at once, ready only after the migrations ran, and not ready once the database is gone', async () => {
    expect((await request(app).get('/healthz')).status).toBe(200);
    const before = await request(app).get('/readyz');
    expect(before.status).toBe(503);
    expect(before.body.error.message).toMatch(/Migrations not yet applied: .*sync-0001-initial/);
    const migrated = await migrateToLatest(opened.db);
    expect(migrated.ok).toBe(true);
    expect((await request(app).get('/readyz')).status).toBe(200);
    await app.close();
    await opened.close();
    const gone = await request(app).get('/readyz');
    expect(gone.status).toBe(503);
    expect(gone.body.error.code).toBe('unavailable');
  });
});
