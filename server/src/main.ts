import type { Server } from 'node:http';
import { createApp } from './app';
import { DEV_USERS, loadOrCreateDevSecret, signDevToken } from './auth/dev-tokens';
import { loadConfig, type ServerConfig } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { drainHttpServer, trackRunningRequests } from './http/shutdown';
import { createLogger } from './logging';
import { wireRegistry } from './registry-module';
import { pruneAppliedOps, schedulePruning } from './sync/retention';

/**
 * The server entry (`node dist/main.js` once built, `npm start` from the root): reads the
 * configuration, opens and migrates the database, listens, prints the URL; on SIGINT/SIGTERM stops
 * accepting connections, ends live streams, lets running requests finish (at most
 * `shutdownTimeoutMs`), closes the database and exits 0.
 */
async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error(`Syncraft server: the configuration has problems:\n  ${loaded.errors.join('\n  ')}`);
    process.exit(2);
  }
  let config: ServerConfig = loaded.config;
  if (config.devTokens && config.auth.kind === 'none') {
    config = { ...config, auth: { kind: 'secret', secret: loadOrCreateDevSecret(config.dataDir) } };
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.database, { logger });
  const migrated = await migrateToLatest(database.db);
  if (!migrated.ok) {
    logger.fatal({ err: migrated.error }, 'database migration failed');
    await database.close();
    process.exit(1);
  }
  if (migrated.applied.length > 0) logger.info({ migrations: migrated.applied }, 'database migrated');

  const app = createApp({ config, db: database, logger, ...wireRegistry(database) });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  logger.info({ url, database: database.dialect }, 'listening');
  console.log(`Syncraft server listening on ${url} (database: ${database.dialect})`);

  if (config.devTokens && config.auth.kind === 'secret') {
    console.log('Dev tokens (SYNCRAFT_DEV_TOKENS=1; valid 30 days, do not use in production):');
    for (const user of DEV_USERS) {
      const token = await signDevToken(config.auth.secret, { ...user, expiresIn: '30d' });
      console.log(`  ${user.sub} [${(user.roles ?? []).join(', ')}]\n    ${token}`);
    }
  }

  const stopPruning = schedulePruning(
    async () => {
      const pruned = await pruneAppliedOps(database.db, config.idempotencyDays);
      if (pruned > 0)
        logger.info({ pruned, days: config.idempotencyDays }, 'pruned stored operation results');
    },
    6 * 3_600_000,
    (error) => logger.warn({ err: error }, 'pruning stored operation results failed'),
  );

  const running = trackRunningRequests(server);
  let stopping = false;
  const stop = async (signal: string) => {
    // A terminal's Ctrl-C reaches both npm and this process, and npm passes it on: one stop only.
    if (stopping) return;
    stopping = true;
    const inFlight = running.count();
    // Stop accepting first, then say so: whoever reads "shutting down" finds the port already closed.
    const drained = drainHttpServer(server, config.shutdownTimeoutMs, running);
    logger.info({ signal, running: inFlight, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    stopPruning();
    let failed = false;
    try {
      await app.close();
    } catch (error) {
      failed = true;
      logger.error({ err: error }, 'ending event streams and listeners failed');
    }
    const { cut, ms } = await drained;
    if (cut > 0)
      logger.warn({ cut, timeoutMs: config.shutdownTimeoutMs }, 'requests cut at the shutdown timeout');
    try {
      await database.close();
    } catch (error) {
      failed = true;
      logger.error({ err: error }, 'closing the database failed');
    }
    logger.info({ drainedMs: ms }, 'stopped');
    process.exit(failed ? 1 : 0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Syncraft server failed to start:', error);
  process.exit(1);
});
