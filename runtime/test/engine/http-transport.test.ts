import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport, TransportError } from '../../src';
import { parseEventStream } from '../../src/transport/http';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

let server: Server | undefined;

async function serve(handler: Handler): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => handler(req, body, res));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

const pushBody = { protocol: 1, specVersion: '1.0.0', clientId: 'c1', operations: [] } as const;

describe('HTTP transport (loopback)', () => {
  it('posts to the app sync paths with the bearer token and the protocol header', async () => {
    const seen: { url?: string; auth?: string; protocol?: string; body?: unknown }[] = [];
    const baseUrl = await serve((req, body, res) => {
      seen.push({
        ...(req.url ? { url: req.url } : {}),
        ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
        protocol: String(req.headers['syncraft-protocol']),
        body: JSON.parse(body),
      });
      res.setHeader('Content-Type', 'application/json');
      res.end(
        req.url?.endsWith('/push')
          ? JSON.stringify({ protocol: 1, results: [] })
          : JSON.stringify({ protocol: 1, changes: [], cursor: 'c9', hasMore: false }),
      );
    });
    const transport = createHttpTransport({
      baseUrl: `${baseUrl}/`,
      appId: 'field-service',
      token: () => 'tok-1',
    });
    expect(await transport.push(pushBody)).toEqual({ protocol: 1, results: [] });
    expect(await transport.pull({ protocol: 1, specVersion: '1.0.0', clientId: 'c1' })).toMatchObject({
      cursor: 'c9',
    });
    expect(seen).toEqual([
      { url: '/api/apps/field-service/sync/push', auth: 'Bearer tok-1', protocol: '1', body: pushBody },
      expect.objectContaining({ url: '/api/apps/field-service/sync/pull' }),
    ]);
  });

  it('maps 409 spec-upgrade-required with the published version, 503 as retryable, 400 as final', async () => {
    let status = 409;
    const baseUrl = await serve((_req, _body, res) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      const code = status === 409 ? 'spec-upgrade-required' : status === 503 ? 'unavailable' : 'bad-request';
      res.end(JSON.stringify({ error: { code, message: `answer ${status}`, publishedVersion: '2.0.0' } }));
    });
    const transport = createHttpTransport({ baseUrl, appId: 'a' });
    const upgrade = await transport.push(pushBody).catch((e: unknown) => e);
    expect(upgrade).toBeInstanceOf(TransportError);
    expect(upgrade).toMatchObject({
      status: 409,
      code: 'spec-upgrade-required',
      publishedVersion: '2.0.0',
      retryable: false,
    });
    status = 503;
    await expect(transport.push(pushBody)).rejects.toMatchObject({ status: 503, retryable: true });
    status = 400;
    await expect(transport.push(pushBody)).rejects.toMatchObject({
      status: 400,
      retryable: false,
      message: 'answer 400',
    });
  });

  it('times out a request that never answers, as a retryable network error', async () => {
    const baseUrl = await serve(() => undefined);
    const transport = createHttpTransport({ baseUrl, appId: 'a', timeoutMs: 50 });
    await expect(transport.push(pushBody)).rejects.toMatchObject({
      retryable: true,
      message: expect.stringContaining('50 ms'),
    });
  });

  it('a refused connection is a retryable network error', async () => {
    const transport = createHttpTransport({ baseUrl: 'http://127.0.0.1:9', appId: 'a' });
    const error = await transport
      .pull({ protocol: 1, specVersion: '1', clientId: 'c' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ retryable: true });
    expect((error as TransportError).status).toBeUndefined();
  });

  it('reads the event stream with the token in a header and signals each change', async () => {
    let streamAuth: string | undefined;
    let stream: ServerResponse | undefined;
    const baseUrl = await serve((req, _body, res) => {
      streamAuth = req.headers.authorization;
      stream = res;
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('retry: 2000\n: connected\n\nevent: change\ndata: c1\n\n');
    });
    const transport = createHttpTransport({ baseUrl, appId: 'a', token: async () => 'tok-2' });
    let changes = 0;
    let wake: () => void = () => undefined;
    const stop = transport.subscribe!(() => {
      changes++;
      wake();
    });
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    expect(changes).toBe(1);
    const second = new Promise<void>((resolve) => {
      wake = resolve;
    });
    stream!.write(': ping\n\nevent: change\ndata: c2\n\n');
    await second;
    stop();
    expect(changes).toBe(2);
    expect(streamAuth).toBe('Bearer tok-2');
  });

  it('parses server-sent events split across chunks', () => {
    const first = parseEventStream('event: change\ndata: a\n\nevent: ch');
    expect(first.events).toEqual([{ event: 'change', data: 'a' }]);
    const second = parseEventStream(`${first.rest}ange\ndata: b\r\n\r\n: ping\n\nretry: 500\n\n`);
    expect(second).toEqual({ events: [{ event: 'change', data: 'b' }], rest: '', retry: 500 });
  });

  it('can read the event stream through an EventSource class, with the token as a query parameter', async () => {
    const opened: string[] = [];
    let fire: () => void = () => undefined;
    let closed = false;
    class FakeEventSource {
      constructor(url: string) {
        opened.push(url);
      }
      addEventListener(_type: 'change', listener: () => void) {
        fire = listener;
      }
      close() {
        closed = true;
      }
    }
    const transport = createHttpTransport({
      baseUrl: 'http://127.0.0.1:1',
      appId: 'field service',
      token: () => 'a b',
      EventSource: FakeEventSource,
    });
    let changes = 0;
    const stop = transport.subscribe!(() => changes++);
    fire();
    stop();
    expect(opened).toEqual(['http://127.0.0.1:1/api/apps/field%20service/sync/events?access_token=a%20b']);
    expect(changes).toBe(1);
    expect(closed).toBe(true);
  });
});
