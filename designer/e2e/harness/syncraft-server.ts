import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApp,
  createLogger,
  migrateToLatest,
  openDatabase,
  testConfig,
  wireRegistry,
} from '@syncraft/server';
import { distDir } from './build';

/** A running Syncraft server (the real `createApp`, SQLite in a temp folder) serving `dist/`. */
export interface RunningServer {
  readonly url: string;
  /** The HS256 secret its tokens are checked with (sign test tokens with `signDevToken`). */
  readonly secret: string;
  close(): Promise<void>;
}

/**
 * Starts the server on a free loopback port with the built designer and console. `intercept` may
 * answer a request itself (return true) before the app sees it, e.g. a probe script; `devTokens`
 * turns on dev sign-in (as SYNCRAFT_DEV_TOKENS=1 does).
 */
export async function startSyncraftServer(
  intercept?: (request: IncomingMessage, response: ServerResponse) => boolean,
  options: {
    readonly devTokens?: boolean;
    /** Where the sign-in screen sends people for a token, and what it says (SYNCRAFT_SIGNIN_URL/HELP). */
    readonly signIn?: { readonly url: string; readonly help: string };
  } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'syncraft-e2e-'));
  const database = { kind: 'sqlite', file: join(dataDir, 'syncraft.sqlite') } as const;
  const db = await openDatabase(database);
  await migrateToLatest(db.db);
  const secret = randomBytes(32).toString('hex');
  const config = testConfig({
    dataDir,
    database,
    designerDir: distDir,
    auth: { kind: 'secret', secret },
    devTokens: options.devTokens === true,
    ...(options.signIn ? { signInUrl: options.signIn.url, signInHelp: options.signIn.help } : {}),
  });
  const app = createApp({ config, db, logger: createLogger('silent'), ...wireRegistry(db) });
  const server = createServer((request, response) => {
    if (intercept?.(request, response)) return;
    app(request, response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    secret,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
