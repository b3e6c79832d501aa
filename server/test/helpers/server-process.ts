import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { DatabaseConfig } from '../../src/config';
import { TEST_SECRET, tokenFor } from './app';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const LISTENING = /listening on (http:\/\/\S+)/;

/** A real server process (`src/main.ts` under tsx) and its URL. */
export interface ServerProcess extends FollowedOutput {
  readonly child: ChildProcess;
  readonly url: string;
}

/** What a child process printed, and ways to wait on it. */
export interface FollowedOutput {
  /** Everything it printed so far (stdout and stderr), for assertions and failure messages. */
  readonly output: () => string;
  /** Resolves with the exit code or signal once the process has ended. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** Resolves with the output once it matches `pattern` (rejects if the process ends first). */
  readonly waitForOutput: (pattern: RegExp) => Promise<string>;
}

/** Collects what `child` prints (its stdout and stderr must be pipes) and tracks its exit. */
export function followOutput(child: ChildProcess): FollowedOutput {
  let output = '';
  let ended = false;
  const waiters = new Set<() => void>();
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = true;
      for (const wake of [...waiters]) wake();
      resolve(signal ?? code);
    }),
  );
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of [...waiters]) wake();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const waitForOutput = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) {
          waiters.delete(check);
          resolve(output);
        } else if (ended) {
          waiters.delete(check);
          reject(new Error(`process exited before printing ${pattern}:\n${output}`));
        }
      };
      waiters.add(check);
      check();
    });
  return { output: () => output, exited, waitForOutput };
}

/** The URL a server printed at start, with `localhost` as the loopback address. */
export async function listeningUrl(followed: FollowedOutput): Promise<string> {
  const text = await followed.waitForOutput(LISTENING);
  return LISTENING.exec(text)![1]!.replace('localhost', '127.0.0.1');
}

/**
 * Starts the server with `env` on a free port; resolves once it prints its URL. `script` (relative
 * to the server package) is another entry that prints "listening on <url>", e.g. a benchmark floor.
 */
export async function startServerProcess(
  env: Record<string, string>,
  script = 'src/main.ts',
): Promise<ServerProcess> {
  // SERVER_NODE_ARGS adds Node options, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a benchmark's server.
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const followed = followOutput(child);
  const url = await listeningUrl(followed);
  return { child, url, ...followed };
}

/**
 * Every live record of `appId` the token's user may read, pulled over HTTP from `url` page by page
 * (as a fresh device would), keyed by record key.
 */
export async function pullEverything(
  url: string,
  appId: string,
  token: string,
): Promise<Map<string, Record<string, unknown>>> {
  const records = new Map<string, Record<string, unknown>>();
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const res = await fetch(`${url}/api/apps/${appId}/sync/pull`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'office',
        limit: 500,
        ...(cursor ? { cursor } : {}),
      }),
    });
    const body = (await res.json()) as {
      changes: { kind: string; key: string; record?: Record<string, unknown> }[];
      cursor: string;
      hasMore: boolean;
    };
    if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${JSON.stringify(body)}`);
    for (const change of body.changes)
      if (change.kind === 'upsert' && change.record) records.set(change.key, change.record);
    cursor = body.cursor;
    if (!body.hasMore) return records;
  }
  throw new Error('pull did not finish within 1000 pages');
}

/**
 * The environment for a server process over `database` (a test database from `freshDatabaseConfig`,
 * whose SQLite file has the name the server gives it); `dataDir` holds its other files on PostgreSQL.
 */
export function serverProcessEnv(database: DatabaseConfig, dataDir: string): Record<string, string> {
  const base = { SYNCRAFT_JWT_SECRET: TEST_SECRET, SYNCRAFT_RATE_LIMIT_MAX: '0' };
  if (database.kind === 'sqlite') return { ...base, SYNCRAFT_DATA_DIR: dirname(database.file) };
  return {
    ...base,
    SYNCRAFT_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    ...(database.schema === undefined ? {} : { SYNCRAFT_DB_SCHEMA: database.schema }),
  };
}

/** Saves, submits, approves and publishes `spec` through the registry of the server at `url`. */
export async function publishOverHttp(url: string, spec: SyncSpec): Promise<void> {
  const builder = await tokenFor('bea', ['builder']);
  const reviewer = await tokenFor('rui', ['reviewer']);
  const post = async (path: string, token: string, body?: unknown) => {
    const res = await fetch(`${url}/api/apps/${spec.app.id}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const saved = await post('/versions', builder, spec);
  const version = `/versions/${String(saved.hash)}`;
  await post(`${version}/submit`, builder);
  await post(`${version}/approve`, reviewer, {});
  await post(`${version}/publish`, reviewer);
}
