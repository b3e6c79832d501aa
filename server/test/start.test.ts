import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from './helpers/server-process';

describe('starting the server', () => {
  it('starts with zero configuration on the embedded database, prints its URL, answers /healthz and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'syncraft-start-'));
    const server = await startServerProcess({
      SYNCRAFT_DATA_DIR: dataDir,
      SYNCRAFT_DESIGNER_DIR: join(dataDir, 'no-designer'),
    });
    try {
      expect(server.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(database: sqlite\)/);
      expect(existsSync(join(dataDir, 'syncraft.sqlite'))).toBe(true);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      const sync = await fetch(`${server.url}/api/apps/x/sync/pull`, { method: 'POST' });
      expect(sync.status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  }, 60_000);

  it('in dev mode keeps a generated secret in the data dir, so printed tokens survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'syncraft-dev-'));
    const env = { SYNCRAFT_DATA_DIR: dataDir, SYNCRAFT_DEV_TOKENS: '1' };
    const first = await startServerProcess(env);
    const printed = await first.waitForOutput(/dev-dispatcher \[[^\]]*\]\s+\S+/);
    const token = /dev-admin \[[^\]]*\]\s+(\S+)/.exec(printed)?.[1];
    first.child.kill('SIGTERM');
    await first.exited;
    expect(token).toBeDefined();
    const secret = readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);

    const second = await startServerProcess(env);
    try {
      const res = await fetch(`${second.url}/api/apps`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 60_000);

  it('refuses to start on a bad configuration, naming the variable', async () => {
    await expect(startServerProcess({ PORT: 'eighty' })).rejects.toThrow(/PORT: expected a whole number/);
  }, 60_000);
});
