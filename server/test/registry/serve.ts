/**
 * A registry server on a loopback port over a temporary SQLite file, for the CLI's tests (which run
 * in the runtime package and start this as a child process). Prints one JSON line `{ "url": ... }`
 * when listening; stops on SIGTERM. Tokens must be signed with `SYNCRAFT_TEST_SECRET`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { createApp, type RegistryRouterDeps } from '../../src/app';
import { testConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { migrationSets } from '../../src/db/migration-sets';
import { registryMigrations } from '../../src/registry/migrations';
import { loadPoliciesSync } from '../../src/registry/policies/parse';
import { NO_POLICIES } from '../../src/registry/policies/types';
import { createRegistryRouter } from '../../src/registry/router';
import type { RegistryTables } from '../../src/registry/tables';

const secret = process.env.SYNCRAFT_TEST_SECRET;
if (!secret || secret.length < 32) throw new Error('set SYNCRAFT_TEST_SECRET (32 characters or more)');
const dir = mkdtempSync(join(tmpdir(), 'syncraft-cli-registry-'));
const database = { kind: 'sqlite', file: join(dir, 'registry.sqlite') } as const;
const opened = await openDatabase(database);
const migrated = await migrateToLatest(opened.db, { ...migrationSets, registry: registryMigrations });
if (!migrated.ok) throw migrated.error;
const policies = process.env.SYNCRAFT_POLICY_FILE
  ? loadPoliciesSync(process.env.SYNCRAFT_POLICY_FILE)
  : NO_POLICIES;
const app = createApp({
  config: testConfig({ database, auth: { kind: 'secret', secret } }),
  db: opened,
  logger: pino({ level: 'silent' }),
  registry: {
    createRegistryRouter: (deps: RegistryRouterDeps) =>
      createRegistryRouter({ ...deps, db: opened.db as unknown as Kysely<RegistryTables>, policies }),
  },
});
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.on('SIGTERM', () => {
  server.close(async () => {
    await app.close();
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
  server.closeAllConnections();
});
