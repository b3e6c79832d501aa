import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDriver from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { alive, descendants } from './helpers/processes';
import { followOutput, listeningUrl } from './helpers/server-process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function json(
  url: string,
  token: string,
  method = 'GET',
  body?: unknown,
): Promise<[number, Record<string, unknown>]> {
  const res = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return [res.status, await res.json()];
}

/** The port of `url` accepts no connection. */
const refused = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('npm start, as an operator or a container runtime runs it', () => {
  let groupLeader: number | undefined;
  afterAll(() => {
    // Only if the test failed half-way: never leave a server behind.
    if (groupLeader !== undefined && alive(groupLeader)) process.kill(-groupLeader, 'SIGKILL');
  });

  it('ends in one node process which, on SIGTERM to npm, finishes a running request, closes an event stream, frees the port and leaves no process behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'syncraft-npm-start-'));
    // A designer build of our own, so the test does not spend its time in the designer's bundler.
    const designerDir = join(dataDir, 'designer');
    mkdirSync(designerDir);
    writeFileSync(join(designerDir, 'index.html'), '<!doctype html><title>designer</title>');
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      // Its own process group, as under a terminal or a container: whatever npm starts stays in it.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SYNCRAFT_DATA_DIR: dataDir,
        SYNCRAFT_DESIGNER_DIR: designerDir,
        SYNCRAFT_DEV_TOKENS: '1',
        // Room for a busy machine: this test is about finishing gracefully; cutting at the timeout
        // is test/http/shutdown.test.ts's.
        SYNCRAFT_SHUTDOWN_TIMEOUT_MS: '60000',
      },
    });
    groupLeader = npm.pid!;
    const followed = followOutput(npm);
    const url = await listeningUrl(followed);
    const printed = await followed.waitForOutput(/dev-dispatcher \[[^\]]*\]\s+\S+/);
    const token = (user: string) => new RegExp(`${user} \\[[^\\]]*\\]\\s+(\\S+)`).exec(printed)![1]!;

    // Builds are over: below npm runs exactly one process, and it is node serving.
    const below = descendants(npm.pid!);
    expect(below.map((p) => [p.exe, p.command])).toEqual([
      [realpathSync(process.execPath), 'node scripts/start.mjs'],
    ]);
    const server = below[0]!;
    expect((await fetch(`${url}/`)).status).toBe(200);

    // Publish the field-service template, so devices may open its event stream.
    const spec = JSON.parse(readFileSync(join(ROOT, 'templates', 'field-service.json'), 'utf8'));
    const [savedStatus, saved] = await json(
      `${url}/api/apps/field-service/versions`,
      token('dev-builder'),
      'POST',
      spec,
    );
    expect(savedStatus, JSON.stringify(saved)).toBe(201);
    const version = `${url}/api/apps/field-service/versions/${saved.hash}`;
    expect((await json(`${version}/submit`, token('dev-builder'), 'POST'))[0]).toBe(201);
    expect((await json(`${version}/approve`, token('dev-reviewer'), 'POST', {}))[0]).toBe(200);
    expect((await json(`${version}/publish`, token('dev-admin'), 'POST'))[0]).toBe(201);

    // An open event stream.
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      request(`${url}/api/apps/field-service/sync/events?access_token=${token('dev-dispatcher')}`, resolve)
        .on('error', reject)
        .end();
    });
    expect(stream.statusCode).toBe(200);
    let streamed = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      streamed += chunk;
    });
    const streamEnd = new Promise<'ended' | 'aborted'>((resolve) => {
      stream.once('end', () => resolve('ended'));
      stream.once('aborted', () => resolve('aborted'));
      stream.once('error', () => resolve('aborted'));
    });

    // A running request: the server has its headers (it answered "100 Continue"), not yet its body.
    const draft = JSON.stringify({ ...spec, app: { ...spec.app, version: '1.1.0' } });
    const running = request(`${url}/api/apps/field-service/versions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token('dev-builder')}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(draft),
        Expect: '100-continue',
      },
    });
    const answer = new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>(
      (resolve, reject) => {
        running.on('response', (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        });
        running.on('error', reject);
      },
    );
    await new Promise<void>((resolve) => running.once('continue', () => resolve()));

    process.kill(npm.pid!, 'SIGTERM');
    const stopping = await followed.waitForOutput(/"msg":"shutting down"/);
    expect(stopping).toMatch(/"signal":"SIGTERM","running":2,/);
    expect(await refused(url)).toBe(true);
    expect(await streamEnd).toBe('ended');
    expect(streamed).toMatch(/event: change\ndata: c\d+\n\n[\s\S]*: server shutting down\n\n$/);

    running.end(draft);
    const { status, headers, body } = await answer;
    expect(status, body).toBe(201);
    expect(headers.connection).toBe('close');
    const { hash } = JSON.parse(body) as { hash: string };

    expect(await followed.exited).toBe(0);
    expect(followed.output()).toMatch(/"msg":"stopped"/);
    expect(followed.output()).not.toMatch(/requests cut at the shutdown timeout/);
    expect(alive(server.pid)).toBe(false);
    // Nothing is left of npm's process group: no orphan kept running.
    expect(() => process.kill(-npm.pid!, 0)).toThrow(/ESRCH/);
    groupLeader = undefined;

    // The answered write is in the database.
    const stored = new SqliteDriver(join(dataDir, 'syncraft.sqlite'), { readonly: true });
    try {
      const row = stored.prepare('select hash from registry_spec_versions where hash = ?').get(hash);
      expect(row).toEqual({ hash });
    } finally {
      stored.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});
