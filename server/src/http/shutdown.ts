import type { Server, ServerResponse } from 'node:http';

/** How a {@link drainHttpServer} ended. */
export interface DrainOutcome {
  /** Requests still running when the timeout cut their connections (0 after a clean drain). */
  readonly cut: number;
  /** Milliseconds from the start of the drain until the last connection closed. */
  readonly ms: number;
}

/** The requests of a server that have arrived and not yet finished answering. */
export interface RunningRequests {
  readonly count: () => number;
  /**
   * Marks every answer not yet started to close its connection once sent (`Connection: close`),
   * so no client sends another request on it while the server drains.
   */
  readonly closeAfterAnswer: () => void;
}

/** Tracks the requests of `server` from their arrival until their answer is done or abandoned. */
export function trackRunningRequests(server: Server): RunningRequests {
  const running = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    running.add(res);
    res.once('close', () => running.delete(res));
  });
  return {
    count: () => running.size,
    closeAfterAnswer: () => {
      for (const res of running) if (!res.headersSent) res.setHeader('Connection', 'close');
    },
  };
}

/** How often idle keep-alive connections are closed while draining. */
const IDLE_SWEEP_MS = 50;

/**
 * Stops `server` gracefully: it accepts no new connection from now on; requests already running
 * finish and their answers go out, saying `Connection: close`; each keep-alive connection is closed
 * as soon as it is idle. After `timeoutMs` the connections still open are cut.
 * Resolves once every connection is closed. Long-lived answers (event streams) must be ended by the
 * caller, or they run into the timeout.
 *
 * @example
 * const running = trackRunningRequests(server);
 * process.once('SIGTERM', async () => {
 *   const drained = drainHttpServer(server, 8000, running);
 *   await app.close(); // ends event streams
 *   const { cut } = await drained;
 * });
 */
export function drainHttpServer(
  server: Server,
  timeoutMs: number,
  running?: RunningRequests,
): Promise<DrainOutcome> {
  const started = performance.now();
  running?.closeAfterAnswer();
  return new Promise((resolve) => {
    let cut = 0;
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      cut = running?.count() ?? 0;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ cut, ms: Math.round(performance.now() - started) });
    });
    server.closeIdleConnections();
  });
}
