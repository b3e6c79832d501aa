import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Logger } from 'pino';

/** Called with the app and its newest change position after a push committed changes. */
export type ChangeListener = (cursor: string) => void;

/**
 * Tells live event streams that an app has new changes. In one process an event emitter is
 * enough (SQLite); across processes on PostgreSQL, LISTEN/NOTIFY carries the hint.
 */
export interface ChangeNotifier {
  /** Announces that `appId` has changes up to `cursor`, once the transaction has committed. */
  notify(appId: string, cursor: string): Promise<void>;
  /** Listens for `appId`; returns the function that stops listening. */
  subscribe(appId: string, listener: ChangeListener): () => void;
  /** Resolves once notifications from other processes are being received. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** The notifier for a single process. */
export function createLocalNotifier(): ChangeNotifier {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async notify(appId, cursor) {
      emitter.emit(appId, cursor);
    },
    subscribe(appId, listener) {
      emitter.on(appId, listener);
      return () => emitter.off(appId, listener);
    },
    async ready() {},
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** The channel every server process LISTENs on. */
export const NOTIFY_CHANNEL = 'syncraft_changes';

/**
 * The notifier for several processes sharing a PostgreSQL database: `notify` sends
 * `pg_notify(channel, '{"app":..., "cursor":...}')`; one dedicated connection per process LISTENs
 * and fans out to local subscribers (itself included). Reconnects after a lost connection, backing
 * off while the database is unreachable.
 */
export function createPostgresNotifier(pool: pg.Pool, logger: Logger): ChangeNotifier {
  const local = createLocalNotifier();
  let client: pg.PoolClient | undefined;
  let closed = false;
  let connecting: Promise<void> = Promise.resolve();

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== NOTIFY_CHANNEL || message.payload === undefined) return;
    try {
      const parsed = JSON.parse(message.payload) as { app?: unknown; cursor?: unknown };
      if (typeof parsed.app === 'string' && typeof parsed.cursor === 'string') {
        void local.notify(parsed.app, parsed.cursor);
      }
    } catch {
      logger.warn({ payload: message.payload }, 'ignored a malformed change notification');
    }
  };

  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = 250;

  const connect = async (): Promise<void> => {
    if (closed || client) return;
    const next = await pool.connect();
    next.on('notification', onNotification);
    next.on('error', (error) => {
      logger.warn({ err: error }, 'change listener connection lost; reconnecting');
      next.release(true);
      if (client === next) client = undefined;
      start();
    });
    try {
      await next.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (error) {
      next.release(true);
      throw error;
    }
    client = next;
    retryMs = 250;
  };
  /** Connects, and keeps retrying (backing off to 10 s) while the database is unreachable. */
  const start = () => {
    if (closed) return;
    connecting = connect().catch((error: unknown) => {
      logger.error({ err: error, retryInMs: retryMs }, 'change listener could not connect; retrying');
      retryTimer = setTimeout(start, retryMs);
      retryTimer.unref();
      retryMs = Math.min(retryMs * 2, 10_000);
    });
  };
  start();

  return {
    async notify(appId, cursor) {
      await pool.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ app: appId, cursor })]);
    },
    subscribe(appId, listener) {
      return local.subscribe(appId, listener);
    },
    async ready() {
      await connecting;
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await connecting;
      const current = client;
      client = undefined;
      if (current) {
        current.off('notification', onNotification);
        try {
          await current.query(`UNLISTEN ${NOTIFY_CHANNEL}`);
        } finally {
          current.release();
        }
      }
      await local.close();
    },
  };
}
