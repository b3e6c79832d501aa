import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import pino from 'pino';
import request from 'supertest';
import { type RegistryRouterDeps as AppRegistryDeps, createApp } from '../../src/app';
import { signDevToken } from '../../src/auth/dev-tokens';
import { testConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { migrationSets } from '../../src/db/migration-sets';
import type { RegistrySettings } from '../../src/registry/context';
import { registryMigrations } from '../../src/registry/migrations';
import { NO_POLICIES, type PolicySet } from '../../src/registry/policies/types';
import { createRegistryRouter } from '../../src/registry/router';
import type { RegistryTables } from '../../src/registry/tables';
import { freshDatabaseConfig, type TestDialect } from '../helpers/databases';

const SECRET = 'registry-test-secret-0123456789abcdef';

/** The canonical example spec, as a fresh object each call. */
export function fieldService(): SyncSpec {
  const path = fileURLToPath(new URL('../../../templates/field-service.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as SyncSpec;
}

/** The field-service spec with another app version (so another content hash). */
export function fieldServiceVersion(version: string, change?: (spec: SyncSpec) => void): SyncSpec {
  const spec = fieldService();
  spec.app.version = version;
  change?.(spec);
  return spec;
}

/** Users of the tests, one per role mix. */
export const USERS = {
  builder: { sub: 'bea-builder', roles: ['builder'] },
  builder2: { sub: 'bo-builder', roles: ['builder'] },
  reviewer: { sub: 'rui-reviewer', roles: ['reviewer'] },
  reviewer2: { sub: 'rita-reviewer', roles: ['reviewer'] },
  admin: { sub: 'ada-admin', roles: ['admin'] },
  builderReviewer: { sub: 'sam-both', roles: ['builder', 'reviewer'] },
  technician: { sub: 'tim-technician', roles: ['technician'] },
} as const;

export type TestUser = keyof typeof USERS;

/** A running registry over a real database of `dialect`, reached through `createApp`. */
export interface RegistryHarness {
  readonly app: ReturnType<typeof createApp>;
  readonly db: Kysely<RegistryTables>;
  readonly token: (user: TestUser) => Promise<string>;
  /** `Authorization` header value for a user. */
  readonly bearer: (user: TestUser) => Promise<string>;
  readonly auditCount: () => Promise<number>;
  readonly dispose: () => Promise<void>;
}

/** Opens a fresh database (temp SQLite file or a PostgreSQL schema of its own) and builds the app. */
export async function startRegistry(
  dialect: TestDialect,
  label: string,
  options: { readonly policies?: PolicySet; readonly settings?: RegistrySettings } = {},
): Promise<RegistryHarness> {
  const { config: dbConfig, cleanup } = freshDatabaseConfig(dialect, label);
  const opened = await openDatabase(dbConfig);
  const migrated = await migrateToLatest(opened.db, { ...migrationSets, registry: registryMigrations });
  if (!migrated.ok) throw migrated.error;
  const db = opened.db as unknown as Kysely<RegistryTables>;
  const config = testConfig({ database: dbConfig, auth: { kind: 'secret', secret: SECRET } });
  const app = createApp({
    config,
    db: opened,
    logger: pino({ level: 'silent' }),
    registry: {
      createRegistryRouter: (deps: AppRegistryDeps) =>
        createRegistryRouter({
          ...deps,
          db,
          policies: options.policies ?? NO_POLICIES,
          settings: options.settings ?? { allowSelfApproval: false },
        }),
    },
  });
  const tokens = new Map<TestUser, string>();
  const token = async (user: TestUser) => {
    let t = tokens.get(user);
    if (t === undefined) {
      t = await signDevToken(SECRET, USERS[user]);
      tokens.set(user, t);
    }
    return t;
  };
  return {
    app,
    db,
    token,
    bearer: async (user) => `Bearer ${await token(user)}`,
    auditCount: async () => {
      const row = await db
        .selectFrom('registry_audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    dispose: async () => {
      await app.close();
      await opened.close();
      await cleanup();
    },
  };
}

/** A supertest agent for the harness's app. */
export function http(harness: RegistryHarness) {
  return request(harness.app);
}
