import type { Request, Response } from 'express';
import type { ServerMetrics } from '../metrics/metrics';
import type { ChangeNotifier } from './notifier';

interface Stream {
  readonly res: Response;
  readonly stop: () => void;
}

/**
 * Server-sent event streams (`GET /api/apps/:appId/sync/events`): each stream gets
 * `event: change` with the app's newest cursor whenever a push commits changes (from this
 * process, or from any process via LISTEN/NOTIFY on PostgreSQL), and a `: ping` comment every
 * heartbeat so proxies keep it open. A hint only: devices then pull. `close()` ends every stream.
 */
export class EventStreams {
  private readonly streams = new Set<Stream>();
  private closed = false;

  constructor(
    private readonly notifier: ChangeNotifier,
    private readonly metrics: ServerMetrics,
    private readonly heartbeatMs: number,
  ) {}

  /** Number of open streams. */
  get size(): number {
    return this.streams.size;
  }

  open(appId: string, specVersion: string, head: string, req: Request, res: Response): void {
    if (this.closed) {
      res.status(503).json({ error: { code: 'unavailable', message: 'The server is shutting down.' } });
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    const write = (text: string) => {
      if (!res.writableEnded) res.write(text);
    };
    write(`retry: 2000\n: connected to ${appId} (spec ${specVersion})\n\n`);
    write(`event: change\ndata: ${head}\n\n`);
    const unsubscribe = this.notifier.subscribe(appId, (cursor) =>
      write(`event: change\ndata: ${cursor}\n\n`),
    );
    const heartbeat = setInterval(() => write(': ping\n\n'), this.heartbeatMs);
    heartbeat.unref();
    const stream: Stream = {
      res,
      stop: () => {
        if (!this.streams.delete(stream)) return;
        clearInterval(heartbeat);
        unsubscribe();
        this.metrics.sseClients.dec();
      },
    };
    this.streams.add(stream);
    this.metrics.sseClients.inc();
    res.on('close', stream.stop);
  }

  /** Ends every stream (at shutdown) and refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    for (const stream of [...this.streams]) {
      stream.stop();
      // A comment (clients ignore it) then the end of the answer: the device sees the stream end,
      // not a reset, and reconnects after the `retry` delay, to another process if this one is gone.
      stream.res.end(': server shutting down\n\n');
    }
  }
}
