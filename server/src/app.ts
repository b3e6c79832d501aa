import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createAuthenticate } from './auth/authenticate';
import { devSignInPaths, devSignInRouter } from './auth/dev-sign-in';
import { DEV_USERS } from './auth/dev-tokens';
import { signInInfoPaths, signInInfoRouter } from './auth/sign-in-info';
import { createTokenVerifier, type TokenVerifier } from './auth/verifier';
import type { ServerConfig } from './config';
import type { OpenedDatabase } from './db/database';
import type { Database } from './db/schema';
import { designerRouter } from './http/designer';
import { apiNotFound, errorHandler } from './http/error-handler';
import { healthRouter } from './http/health';
import { jsonBody } from './http/json-body';
import { SqlRateLimitStore } from './http/rate-limit-store';
import { apiRateLimit, securityHeaders } from './http/security';
import { requestLogger } from './logging';
import { httpMetrics } from './metrics/http-metrics';
import { createMetrics, type ServerMetrics } from './metrics/metrics';
import { observePool } from './metrics/pool-metrics';
import { type OpenApiPaths, openApiDocument } from './openapi/document';
import { mountedRoutes } from './openapi/routes';
import {
  SandboxEdits,
  SandboxService,
  sandboxPaths,
  sandboxRouter,
  syncAuthenticate,
  withSandboxes,
} from './sandbox';
import { type ChangeNotifier, createLocalNotifier, createPostgresNotifier } from './sync/notifier';
import {
  type CompatibilityCheck,
  mapPublishedSpecSource,
  type PublishedSpecSource,
  sameVersionOnly,
} from './sync/published-spec';
import { createSyncRouter } from './sync/router';

/** What the registry module receives to build its router (mounted at `/api`). */
export interface RegistryRouterDeps {
  readonly db: Kysely<Database>;
  readonly logger: Logger;
  readonly config: ServerConfig;
  /** Bearer-token middleware setting `res.locals.user`. */
  readonly authenticate: RequestHandler;
  readonly metrics?: ServerMetrics;
}

/** The registry module as the app mounts it (server/src/registry). */
export interface RegistryModule {
  createRegistryRouter(deps: RegistryRouterDeps): Router;
  /** The registry's paths for the API document (server/src/registry/openapi.ts). */
  readonly openApiPaths?: OpenApiPaths;
}

/** Everything one app instance needs; nothing is read from module state. */
export interface AppDeps {
  readonly config: ServerConfig;
  readonly db: OpenedDatabase;
  readonly logger: Logger;
  readonly registry?: RegistryModule;
  /** Defaults to fresh metrics for this instance. */
  readonly metrics?: ServerMetrics;
  /** Defaults to the verifier for `config.auth`. */
  readonly verifier?: TokenVerifier;
  /** Where sync reads each app's published spec; without it no app can sync (404). */
  readonly published?: PublishedSpecSource;
  /** Which older spec versions may still sync; defaults to the published version only. */
  readonly compatibility?: CompatibilityCheck;
  /** Defaults to LISTEN/NOTIFY on PostgreSQL, an in-process emitter on SQLite. */
  readonly notifier?: ChangeNotifier;
  /** Clock of the simulator sandboxes (tests); defaults to the system's. */
  readonly clock?: () => Date;
}

/** The Express app plus what must be stopped at shutdown (open event streams, listeners). */
export type SyncraftApp = Express & {
  readonly metrics: ServerMetrics;
  /** Resolves once background listeners (LISTEN/NOTIFY on PostgreSQL) are running. */
  ready(): Promise<void>;
  /**
   * Starts the shutdown: `/readyz` answers 503, every answer from now on closes its connection,
   * new event streams are refused and open ones ended, background listeners stopped. The database
   * stays open (the caller owns it) until running requests are done.
   */
  close(): Promise<void>;
};

/**
 * Builds the HTTP app: health and readiness, metrics, the OpenAPI document, the sync routes under
 * `/api/apps/:appId/sync`, the registry under `/api`, and the designer at `/` when built.
 *
 * @example
 * const opened = await openDatabase(config.database);
 * await migrateToLatest(opened.db);
 * const app = createApp({ config, db: opened, logger, registry });
 * app.listen(config.port);
 */
export function createApp(deps: AppDeps): SyncraftApp {
  const { config, db, logger } = deps;
  const metrics = deps.metrics ?? createMetrics();
  if (db.dialect === 'postgres') observePool(metrics, db.pool);
  const authenticate = createAuthenticate(deps.verifier ?? createTokenVerifier(config.auth));
  const closers: Array<() => Promise<void>> = [];
  const notifier =
    deps.notifier ??
    (db.dialect === 'postgres' ? createPostgresNotifier(db.pool, logger) : createLocalNotifier());
  if (!deps.notifier) closers.push(() => notifier.close());
  const sandboxes = new SandboxService(
    db.db,
    { ttlMs: config.sandboxMinutes * 60_000, perUser: config.sandboxLimit },
    deps.clock,
  );
  // Expired sandboxes go with their data on a timer (and at every creation), in whichever process.
  const sweep = setInterval(
    () => {
      sandboxes
        .removeExpired()
        .catch((error: unknown) => logger.warn({ err: error }, 'sandbox cleanup failed'));
    },
    Math.min(config.sandboxMinutes * 60_000, 60_000),
  );
  sweep.unref();
  closers.push(async () => clearInterval(sweep));
  const sync = createSyncRouter({
    db,
    published: withSandboxes(deps.published ?? mapPublishedSpecSource([]), sandboxes),
    compatibility: deps.compatibility ?? sameVersionOnly,
    authenticate: syncAuthenticate(authenticate, sandboxes),
    notifier,
    metrics,
    logger,
    config,
  });
  closers.unshift(() => sync.close());
  // Dev sign-in opens only where dev tokens exist (SYNCRAFT_DEV_TOKENS=1); elsewhere it answers 404.
  const devSignIn = config.devTokens && config.auth.kind === 'secret' ? config.auth.secret : undefined;
  const document = openApiDocument({
    paths: { ...(deps.registry?.openApiPaths ?? {}), ...devSignInPaths, ...sandboxPaths, ...signInInfoPaths },
  });

  let closing = false;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxyHops > 0 ? config.trustProxyHops : false);
  app.use(httpMetrics(metrics.httpSeconds, () => mountedRoutes(app)));
  app.use((_req, res, next) => {
    // A request that arrives on a kept-alive connection during shutdown is answered, then the
    // connection closes, so the client's next request goes to another process.
    if (closing) res.setHeader('Connection', 'close');
    next();
  });
  app.use(securityHeaders());
  app.use(requestLogger(logger));
  app.use(healthRouter(db.db, () => closing));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const api = express.Router();
  // Several processes share a PostgreSQL database, so they share the count there; a SQLite file has
  // one process, whose memory is the cheaper counter.
  api.use(
    apiRateLimit(
      config.rateLimit,
      db.dialect === 'postgres' ? new SqlRateLimitStore(db.db, config.rateLimit.windowMs) : undefined,
    ),
  );
  api.use(jsonBody(config.bodyLimitBytes));
  api.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  api.use(devSignInRouter(devSignIn, DEV_USERS));
  api.use(signInInfoRouter(config));
  api.use('/apps/:appId/sync', sync.router);
  api.use(sandboxRouter(sandboxes, new SandboxEdits(db, notifier), authenticate));
  if (deps.registry) {
    api.use(deps.registry.createRegistryRouter({ db: db.db, logger, config, authenticate, metrics }));
  }
  api.use(apiNotFound);
  app.use('/api', api);

  const designer = designerRouter(config.designerDir);
  if (designer) app.use(designer);
  app.use(apiNotFound);
  app.use(errorHandler(logger));

  return Object.assign(app, {
    metrics,
    ready: () => notifier.ready(),
    async close() {
      closing = true;
      for (const close of closers) await close();
    },
  });
}
