import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type CliContext, UsageError } from '../context';

/** Where the registry commands send their calls, and with which token. */
export interface RegistryLogin {
  readonly server: string;
  readonly token: string;
}

/** The environment variables the registry commands read (a subset of `process.env`). */
export type RegistryEnv = Readonly<Record<string, string | undefined>>;

/** `$SYNCRAFT_CONFIG_DIR/config.json`, else `$XDG_CONFIG_HOME/syncraft/config.json` or `~/.config/syncraft/config.json`. */
export function configFile(env: RegistryEnv): string {
  const dir =
    env.SYNCRAFT_CONFIG_DIR ??
    join(
      env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config'),
      'syncraft',
    );
  return join(dir, 'config.json');
}

/** Checks and normalises a server URL (`http://host:port`, no trailing slash). */
export function normaliseServer(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a URL; write e.g. http://localhost:4310`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`the server URL must start with http:// or https://, not ${parsed.protocol}`);
  }
  return parsed.href.replace(/\/+$/, '');
}

/** Stores the login (readable by the user only: it holds a token). */
export async function saveLogin(env: RegistryEnv, login: RegistryLogin): Promise<string> {
  const file = configFile(env);
  await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify({ server: login.server, token: login.token }, null, 2)}\n`, {
    mode: 0o600,
  });
  await chmod(file, 0o600);
  return file;
}

/**
 * The login to use: `SYNCRAFT_SERVER` / `SYNCRAFT_TOKEN` override the stored file. A usage error
 * (exit 2) names what is missing.
 */
export async function resolveLogin(env: RegistryEnv): Promise<RegistryLogin> {
  const file = configFile(env);
  let stored: Partial<RegistryLogin> = {};
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const { server, token } = parsed as Record<string, unknown>;
      stored = {
        ...(typeof server === 'string' ? { server } : {}),
        ...(typeof token === 'string' ? { token } : {}),
      };
    }
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') {
      throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const server = env.SYNCRAFT_SERVER || stored.server;
  const token = env.SYNCRAFT_TOKEN || stored.token;
  if (!server || !token) {
    throw new UsageError(
      `no ${server ? 'token' : 'server'} configured: run "syncraft login --server <url>" with the token in SYNCRAFT_TOKEN (or piped with --token-stdin), or set SYNCRAFT_SERVER and SYNCRAFT_TOKEN`,
    );
  }
  return { server: normaliseServer(server), token };
}

/**
 * The token `syncraft login` stores: standard input with `--token-stdin`, else `SYNCRAFT_TOKEN`.
 * Never an argument, and never printed (messages name where it was looked for, not what it is).
 */
export async function loginToken(context: CliContext, env: RegistryEnv, fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    if (!context.readStdin) throw new UsageError('--token-stdin: there is no standard input to read');
    const token = (await context.readStdin()).trim();
    if (token === '') throw new UsageError('--token-stdin: standard input was empty; pipe the token in');
    if (/\s/.test(token)) throw new UsageError('--token-stdin: expected one token, found several words');
    return token;
  }
  const token = env.SYNCRAFT_TOKEN?.trim();
  if (!token) {
    throw new UsageError(
      'no token: set SYNCRAFT_TOKEN or pipe the token with --token-stdin (printf %s "$TOKEN" | syncraft login --server <url> --token-stdin)',
    );
  }
  return token;
}
