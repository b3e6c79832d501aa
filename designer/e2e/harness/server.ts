import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A running static file server on loopback. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built single-page app from `root` on 127.0.0.1 and a free port. Unknown paths without a file
 * extension get `index.html` (client-side routes); paths escaping `root` get 404.
 */
export async function serveStatic(
  root: string,
  /** Extra in-memory pages by path, e.g. a benchmark's baseline page. */
  extraPages: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = Object.hasOwn(extraPages, pathname) ? extraPages[pathname] : undefined;
    if (extra !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      response.end(extra);
      return;
    }
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    // A folder with its own page (the console at /console/) is served that page.
    if (existsSync(file) && statSync(file).isDirectory() && existsSync(join(file, 'index.html')))
      file = join(file, 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(pathname) !== '') {
        response.writeHead(404).end();
        return;
      }
      file = join(base, 'index.html');
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    // Hashed assets are immutable; index.html must always be revalidated.
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(200, { 'content-type': type, 'cache-control': cache });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
