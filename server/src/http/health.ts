import { Router } from 'express';
import type { Kysely } from 'kysely';
import { isReachable } from '../db/database';
import { pendingMigrations } from '../db/migrate';
import type { Database } from '../db/schema';

/**
 * `/healthz` (the process answers) and `/readyz` (the database answers, every migration has run and
 * the process is not shutting down; 503 `unavailable` otherwise, so a load balancer holds traffic back).
 */
export function healthRouter(db: Kysely<Database>, shuttingDown: () => boolean = () => false): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (shuttingDown()) {
      res.status(503).json({ error: { code: 'unavailable', message: 'The server is shutting down.' } });
      return;
    }
    if (!(await isReachable(db))) {
      res.status(503).json({ error: { code: 'unavailable', message: 'The database does not answer.' } });
      return;
    }
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      res.status(503).json({
        error: { code: 'unavailable', message: `Migrations not yet applied: ${pending.join(', ')}.` },
      });
      return;
    }
    res.json({ status: 'ready' });
  });
  return router;
}
