import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { drainHttpServer, trackRunningRequests } from '../../src/http/shutdown';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Sends a GET on a kept-alive connection; resolves with its status and headers, or the socket error. */
function get(url: string) {
  return new Promise<{ status?: number; connection?: string; error?: string }>((resolve) => {
    request(url, { headers: { Connection: 'keep-alive' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection! }));
    })
      .on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }))
      .end();
  });
}

describe('draining an HTTP server', () => {
  it('lets a running request answer, with Connection: close, and ends without cutting anything', async () => {
    let answer: (() => void) | undefined;
    const server = createServer((_req, res) => {
      answer = () => res.end('done');
    });
    const arrived = new Promise<void>((resolve) => server.once('request', () => resolve()));
    const running = trackRunningRequests(server);
    const url = await listen(server);
    const reply = get(url);
    await arrived;
    expect(running.count()).toBe(1);
    const drained = drainHttpServer(server, 10_000, running);
    answer!();
    expect(await reply).toEqual({ status: 200, connection: 'close' });
    expect(await drained).toMatchObject({ cut: 0 });
    expect(running.count()).toBe(0);
  });

  it('cuts a request still running at the timeout and says how many it cut', async () => {
    const server = createServer(() => {
      // Never answers.
    });
    const running = trackRunningRequests(server);
    const url = await listen(server);
    const reply = get(url);
    await new Promise<void>((resolve) => server.once('request', () => resolve()));
    const outcome = await drainHttpServer(server, 100, running);
    expect(outcome.cut).toBe(1);
    expect(outcome.ms).toBeGreaterThanOrEqual(90);
    expect((await reply).error).toBe('ECONNRESET');
  });
});
