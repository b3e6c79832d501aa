import type pg from 'pg';
import { Gauge } from 'prom-client';
import type { ServerMetrics } from './metrics';

const NAME = 'syncraft_db_pool_clients';

/**
 * Shows the PostgreSQL pool on `/metrics`, read at each scrape: `total` open connections, `idle`
 * ones, and `waiting` requests queued for a connection. Waiting above 0 for long means the pool is
 * too small for the load (`SYNCRAFT_DB_POOL_SIZE`) or the database too slow; such requests fail
 * after the connect timeout.
 *
 * @example
 * if (db.dialect === 'postgres') observePool(metrics, db.pool);
 */
export function observePool(metrics: ServerMetrics, pool: pg.Pool): void {
  // One pool per metrics registry: a second app sharing the registry keeps the first gauge.
  if (metrics.registry.getSingleMetric(NAME)) return;
  new Gauge({
    name: NAME,
    help: 'PostgreSQL pool clients by state: total (open), idle, waiting (requests queued for a connection).',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
}
