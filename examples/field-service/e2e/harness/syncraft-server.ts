import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../../../server/', import.meta.url));
const LISTENING = /listening on (http:\/\/\S+)/;

/**
 * The real Syncraft server as its own process — the built `dist/main.js` that `npm start` runs
 * (the repository's `scripts/ensure-built.mjs server` builds it when stale) — on SQLite in a
 * temporary folder that outlives a crash: `kill()` SIGKILLs it, `start()` brings it back on the same
 * data. Tokens are signed with `secret`.
 */
export class SyncraftServer {
  readonly secret = randomBytes(32).toString('hex');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'syncraft-example-'));
  #child: ChildProcess | undefined;
  #url = '';
  #output = '';

  get url(): string {
    return this.#url;
  }

  /** What the process printed (for failure messages). */
  get output(): string {
    return this.#output;
  }

  async start(): Promise<string> {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SYNCRAFT_DATA_DIR: this.dataDir,
        SYNCRAFT_JWT_SECRET: this.secret,
        SYNCRAFT_RATE_LIMIT_MAX: '0',
        SYNCRAFT_SSE_HEARTBEAT_MS: '2000',
        SYNCRAFT_DESIGNER_DIR: join(this.dataDir, 'no-designer'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.#output += chunk.toString();
        const match = LISTENING.exec(this.#output.slice(-2000));
        if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) =>
        reject(new Error(`server exited (${signal ?? code}):\n${this.#output}`)),
      );
    });
    this.#output = '';
    return this.#url;
  }

  /** SIGKILL: no shutdown, no flushing — a crash. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await gone;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
