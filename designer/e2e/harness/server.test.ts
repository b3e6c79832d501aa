import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from './server';

function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += String(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sc-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'sc-static-secret.txt'), 'secret');
  server = await serveStatic(root, { '/__baseline.html': '<p>baseline</p>' });
});

afterAll(async () => {
  await server.close();
});

describe('loopback static server', () => {
  it('serves built files with their content type and long caching for hashed assets', async () => {
    const response = await fetch(`${server.url}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html', async () => {
    const response = await fetch(`${server.url}/some/route`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('answers a missing asset with 404 rather than the page', async () => {
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    // A raw request: fetch() would normalise the dots away before sending.
    for (const path of [
      '/../sc-static-secret.txt',
      '/assets/../../sc-static-secret.txt',
      '/%2e%2e/sc-static-secret.txt',
    ]) {
      const { status, body } = await rawGet(server.url, path);
      expect(status, path).toBe(404);
      expect(body).not.toContain('secret');
    }
  });

  it('serves the extra in-memory pages it was given', async () => {
    expect(await (await fetch(`${server.url}/__baseline.html`)).text()).toBe('<p>baseline</p>');
  });

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
