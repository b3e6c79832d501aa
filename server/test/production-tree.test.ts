import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { followOutput, listeningUrl } from './helpers/server-process';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

const run = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { cwd: SERVER_DIR, encoding: 'utf8' });
  expect(result.status, `${args.join(' ')}:\n${result.stdout}${result.stderr}`).toBe(0);
};

describe('the production tree (what the container image holds)', () => {
  it('runs from a folder with only the built module and the native driver copied beside it: ready, serving, and stopped by SIGTERM with exit 0', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'syncraft-production-'));
    const app = join(tree, 'server');
    run(['scripts/build.mjs', app]);
    run(['scripts/production-modules.mjs', app]);

    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['better-sqlite3']);
    const modules = readdirSync(join(app, 'node_modules'));
    expect(modules).toContain('better-sqlite3');
    // Everything else is inside main.js: no web framework, no TypeScript loader beside it.
    for (const bundled of ['express', 'kysely', 'pg', 'pino', 'tsx', 'esbuild', '@syncraft']) {
      expect(modules).not.toContain(bundled);
    }

    // Outside the workspace, with a bare environment: nothing can be found in a parent node_modules.
    const child = spawn(process.execPath, ['main.js'], {
      cwd: app,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SYNCRAFT_DATA_DIR: join(tree, 'data'),
        SYNCRAFT_DESIGNER_DIR: join(tree, 'designer'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const followed = followOutput(child);
    try {
      const url = await listeningUrl(followed);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const document = await fetch(`${url}/api/openapi.json`);
      expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);
      const pull = await fetch(`${url}/api/apps/field-service/sync/pull`, { method: 'POST' });
      expect(pull.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await followed.exited, followed.output()).toBe(0);
    expect(readdirSync(join(tree, 'data'))).toContain('syncraft.sqlite');
    rmSync(tree, { recursive: true, force: true });
  }, 90_000);
});
