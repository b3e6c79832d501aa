import { createReadStream, existsSync, statSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
};

/** What to do with the next push that reaches the server: here, lose its answer after the server applied it. */
export type PushHook = (answer: { readonly status: number }) => Promise<void>;

/**
 * Serves the built app on loopback and forwards `/api` to the Syncraft server — what a reverse proxy
 * does in production, so the app, its service worker and the API share one origin. The target can
 * change (a restarted server gets a new port); an unreachable target is a 502, as from a proxy.
 */
export class AppServer {
  #server: Server | undefined;
  #url = '';
  target: string;
  #pushHook: PushHook | undefined;
  /** Pushes forwarded so far. */
  pushes = 0;

  constructor(
    readonly root: string,
    target: string,
  ) {
    this.target = target;
  }

  get url(): string {
    return this.#url;
  }

  /**
   * The next push is forwarded and applied by the server; once its answer arrives here, `hook`
   * runs (say, kills the server) and the answer is dropped: the device never hears it.
   */
  onNextPushAnswer(hook: PushHook): void {
    this.#pushHook = hook;
  }

  async start(): Promise<string> {
    const base = normalize(this.root + sep);
    this.#server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (path.startsWith('/api/')) return this.#forward(req, res, path);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) return void res.writeHead(404).end();
      if (!existsSync(file) || statSync(file).isDirectory()) {
        if (extname(path) !== '') return void res.writeHead(404).end();
        file = join(base, 'index.html');
      }
      const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cache,
      });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.#url;
  }

  #forward(req: IncomingMessage, res: ServerResponse, path: string): void {
    const target = new URL(req.url ?? '/', this.target);
    const isPush = req.method === 'POST' && path.endsWith('/sync/push');
    if (isPush) this.pushes++;
    const hook = isPush ? this.#pushHook : undefined;
    if (hook) this.#pushHook = undefined;
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        if (hook) {
          answer.resume();
          void hook({ status: answer.statusCode ?? 0 }).finally(() => res.socket?.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) return void res.socket?.destroy();
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'unavailable', message: 'The Syncraft server is not answering.' } }),
      );
    });
    req.pipe(upstream);
    res.on('close', () => upstream.destroy());
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
