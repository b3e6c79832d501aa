/**
 * `@syncraft/server`: embed the Syncraft server in another Node.js program. `src/main.ts` is the
 * ready-made entry; this module exposes its parts.
 *
 * @example
 * import { createApp, loadConfig, migrateToLatest, openDatabase, createLogger, wireRegistry } from '@syncraft/server';
 * const loaded = loadConfig(process.env);
 * if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
 * const db = await openDatabase(loaded.config.database);
 * await migrateToLatest(db.db);
 * const app = createApp({ config: loaded.config, db, logger: createLogger('info'), ...wireRegistry(db) });
 * app.listen(loaded.config.port);
 */
export {
  type AppDeps,
  createApp,
  type RegistryModule,
  type RegistryRouterDeps,
  type SyncraftApp,
} from './app';
export { createAuthenticate, requireUser } from './auth/authenticate';
export { type DevTokenClaims, signDevToken } from './auth/dev-tokens';
export type { AuthUser } from './auth/user';
export { createTokenVerifier, type TokenVerifier } from './auth/verifier';
export { type ConfigResult, loadConfig, type ServerConfig, testConfig } from './config';
export { type Dialect, type OpenedDatabase, openDatabase } from './db/database';
export { migrateToLatest, pendingMigrations } from './db/migrate';
export type { Database } from './db/schema';
export { ApiError } from './http/api-error';
export {
  type DrainOutcome,
  drainHttpServer,
  type RunningRequests,
  trackRunningRequests,
} from './http/shutdown';
export { createLogger } from './logging';
export { createMetrics, type ServerMetrics } from './metrics/metrics';
export { wireRegistry } from './registry-module';
export type { CompatibilityCheck, PublishedSpec, PublishedSpecSource } from './sync/published-spec';
