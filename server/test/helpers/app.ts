import { readFileSync } from 'node:fs';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { createApp, type SyncraftApp } from '../../src/app';
import { signDevToken } from '../../src/auth/dev-tokens';
import { type ServerConfig, testConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logging';
import { wireRegistry } from '../../src/registry-module';
import { mapPublishedSpecSource } from '../../src/sync/published-spec';
import { openTestDatabase, type TestDatabase, type TestDialect } from './databases';

export const TEST_SECRET = 'integration-secret-integration-secret-01';

/** A template spec from templates/, as published. */
export function templateSpec(name: string): SyncSpec {
  return JSON.parse(
    readFileSync(new URL(`../../../templates/${name}.json`, import.meta.url), 'utf8'),
  ) as SyncSpec;
}

/** A test token for `sub` with `roles` and extra claims. */
export function tokenFor(
  sub: string,
  roles: readonly string[],
  claims: Record<string, string> = {},
): Promise<string> {
  return signDevToken(TEST_SECRET, { sub, roles, claims, expiresIn: '1h' });
}

export interface TestApp {
  readonly app: SyncraftApp;
  readonly database: TestDatabase;
  readonly dispose: () => Promise<void>;
}

/**
 * An app over a fresh database of `dialect`: publishing `specs` from a fixed map, or, with
 * `'registry'`, with the real registry mounted (specs are then published over HTTP).
 */
export async function createTestApp(
  dialect: TestDialect,
  label: string,
  specs: readonly SyncSpec[] | 'registry',
  overrides: Partial<ServerConfig> = {},
): Promise<TestApp> {
  const database = await openTestDatabase(dialect, label);
  const config = testConfig({
    auth: { kind: 'secret', secret: TEST_SECRET },
    database: database.config,
    designerDir: '/nonexistent',
    ...overrides,
  });
  const app = createApp({
    config,
    db: database.opened,
    logger: createLogger('silent'),
    ...(specs === 'registry' ? wireRegistry(database.opened) : { published: mapPublishedSpecSource(specs) }),
  });
  return {
    app,
    database,
    dispose: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

/**
 * A second app instance over the same database as `first` (its own pool, notifier and metrics):
 * stands for another server process behind the load balancer. `close` ends it and its pool.
 */
export async function secondProcess(
  first: TestApp,
  specs: readonly SyncSpec[],
  overrides: Partial<ServerConfig> = {},
): Promise<{ readonly app: SyncraftApp; readonly close: () => Promise<void> }> {
  const db = await openDatabase(first.database.config);
  const app = createApp({
    config: testConfig({
      auth: { kind: 'secret', secret: TEST_SECRET },
      database: first.database.config,
      designerDir: '/nonexistent',
      ...overrides,
    }),
    db,
    logger: createLogger('silent'),
    published: mapPublishedSpecSource(specs),
  });
  return {
    app,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
