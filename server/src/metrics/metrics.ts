import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The Prometheus metrics of one server instance (its own registry: no global state). */
export interface ServerMetrics {
  readonly registry: Registry;
  readonly pushes: Counter<'app'>;
  readonly pulls: Counter<'app'>;
  /** Pushed operations by outcome (`applied`, `merged`, `conflict`, `rejected`, `replayed`). */
  readonly operations: Counter<'app' | 'result'>;
  /** Field decisions by the conflict rule that made them. */
  readonly conflicts: Counter<'app' | 'rule'>;
  /** Time to apply one push batch (one transaction), in seconds. */
  readonly batchSeconds: Histogram<'app'>;
  readonly pulledChanges: Counter<'app'>;
  /** Push batches re-run after losing a race to a concurrent transaction. */
  readonly pushRetries: Counter<'app'>;
  readonly sseClients: Gauge;
  /**
   * Time from a request's arrival to the end of its answer, in seconds, by method, route (the API
   * document's path template, `other` for static files and unknown paths) and status code.
   */
  readonly httpSeconds: Histogram<'method' | 'route' | 'status'>;
  /** Time to answer one pull page (scope evaluation and reading the changes), in seconds. */
  readonly pullSeconds: Histogram<'app'>;
  /** Pushed operations the server refused, by the protocol's refusal reason (a fixed list). */
  readonly rejections: Counter<'app' | 'reason'>;
  /** Operations waiting in a device's outbox, as devices report them with each push. */
  readonly deviceQueue: Histogram<'app'>;
  /** Dead letters on a device (operations it gave up sending), as devices report them. */
  readonly deviceDeadLetters: Histogram<'app'>;
}

/**
 * Creates the metrics of one app instance, with Node's default process metrics.
 *
 * @example
 * const metrics = createMetrics();
 * metrics.pushes.inc({ app: 'field-service' });
 * res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
 */
export function createMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    pushes: new Counter({
      name: 'syncraft_pushes_total',
      help: 'Push requests handled.',
      labelNames: ['app'],
      registers,
    }),
    pulls: new Counter({
      name: 'syncraft_pulls_total',
      help: 'Pull requests handled.',
      labelNames: ['app'],
      registers,
    }),
    operations: new Counter({
      name: 'syncraft_operations_total',
      help: 'Pushed operations by outcome.',
      labelNames: ['app', 'result'],
      registers,
    }),
    conflicts: new Counter({
      name: 'syncraft_conflicts_total',
      help: 'Field conflicts decided, by conflict rule.',
      labelNames: ['app', 'rule'],
      registers,
    }),
    batchSeconds: new Histogram({
      name: 'syncraft_push_batch_seconds',
      help: 'Time to apply one push batch.',
      labelNames: ['app'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    pulledChanges: new Counter({
      name: 'syncraft_pulled_changes_total',
      help: 'Changes delivered by pulls.',
      labelNames: ['app'],
      registers,
    }),
    pushRetries: new Counter({
      name: 'syncraft_push_retries_total',
      help: 'Push batches re-run after losing a race (unique key, deadlock) to a concurrent push.',
      labelNames: ['app'],
      registers,
    }),
    sseClients: new Gauge({ name: 'syncraft_sse_clients', help: 'Open live-event streams.', registers }),
    pullSeconds: new Histogram({
      name: 'syncraft_pull_seconds',
      help: 'Time to answer one pull page.',
      labelNames: ['app'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    rejections: new Counter({
      name: 'syncraft_rejected_operations_total',
      help: 'Pushed operations refused, by reason.',
      labelNames: ['app', 'reason'],
      registers,
    }),
    deviceQueue: new Histogram({
      name: 'syncraft_device_queue_operations',
      help: 'Operations waiting in a device outbox, as reported with each push.',
      labelNames: ['app'],
      buckets: [0, 1, 5, 10, 50, 100, 500, 1000, 5000, 10000],
      registers,
    }),
    deviceDeadLetters: new Histogram({
      name: 'syncraft_device_dead_letters',
      help: 'Dead letters on a device, as reported with each push.',
      labelNames: ['app'],
      buckets: [0, 1, 5, 10, 50, 100, 1000],
      registers,
    }),
    httpSeconds: new Histogram({
      name: 'syncraft_http_request_duration_seconds',
      help: 'HTTP requests by method, route and status: time until the answer was sent.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
  };
}
