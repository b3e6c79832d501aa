import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The server's configuration, resolved from environment variables and an optional JSON file
 * (`SYNCRAFT_CONFIG`). Environment variables win over the file. Every key and its default is
 * listed in docs/server.md ("Configuration").
 */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Folder for the embedded database, the dev secret and other local state. */
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly auth: AuthConfig;
  /** Dev mode: print ready-made tokens at start (and generate a secret when none is configured). */
  readonly devTokens: boolean;
  /** Largest JSON body accepted, in bytes (larger → 413). */
  readonly bodyLimitBytes: number;
  readonly rateLimit: RateLimitConfig;
  /**
   * Proxies in front of the server whose `X-Forwarded-For` is trusted (0: none). Behind a load
   * balancer set 1, or the rate limit sees every client as the balancer's address.
   */
  readonly trustProxyHops: number;
  /** A JSON file of governance policies for the registry, when set. */
  readonly policyFile: string | undefined;
  /** Lets a reviewer approve a version they wrote themselves (off by default; handy in dev). */
  readonly allowSelfApproval: boolean;
  /**
   * Where people get a token for Syncraft from the identity provider (an http(s) page), shown on the
   * designer's and the console's sign-in; unset: the sign-in says only to paste one.
   */
  readonly signInUrl?: string | undefined;
  /** One or two sentences shown beside `signInUrl` (which button to press, which app to choose). */
  readonly signInHelp?: string | undefined;
  /** The designer's built files, served at `/` when the folder exists. */
  readonly designerDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Most changes one pull answers with (the protocol itself caps pages at 1000). */
  readonly pullPageLimit: number;
  /** Interval of the SSE heartbeat comment, in milliseconds. */
  readonly sseHeartbeatMs: number;
  /**
   * Days a pushed operation's result is kept for replays (the idempotency window). A device that
   * retries a push older than this would have it applied again; keep it above the longest time a
   * device may stay offline with queued changes.
   */
  readonly idempotencyDays: number;
  /**
   * How long a stop (SIGTERM, SIGINT) waits for running requests before cutting them, in ms. Keep it
   * below the grace period of whatever sends the signal (a container runtime kills after 10 s by default).
   */
  readonly shutdownTimeoutMs: number;
  /** How long a simulator sandbox lives, in minutes, before it and its data are deleted. */
  readonly sandboxMinutes: number;
  /** Live simulator sandboxes one person may have at once; 0 turns sandboxes off. */
  readonly sandboxLimit: number;
}

/** Where the data lives: an SQLite file (the default) or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** Schema to work in (search_path); `public` when unset. */
      readonly schema: string | undefined;
      readonly poolSize: number;
      /** How long to wait for a new connection before the query fails, in ms (default 10 s). */
      readonly connectTimeoutMs?: number;
      /** PostgreSQL `statement_timeout` for every statement but migrations, in ms; 0: none (default 30 s). */
      readonly statementTimeoutMs?: number;
    };

/**
 * How bearer tokens are checked: an HS256 shared secret, a remote JWKS, or (before dev mode has
 * produced a secret) nothing configured, in which case every authenticated route answers 401.
 */
export type AuthConfig =
  | { readonly kind: 'secret'; readonly secret: string; readonly issuer?: string; readonly audience?: string }
  | { readonly kind: 'jwks'; readonly url: string; readonly issuer?: string; readonly audience?: string }
  | { readonly kind: 'none' };

export interface RateLimitConfig {
  /** Window length in milliseconds. */
  readonly windowMs: number;
  /** Requests per client address per window on `/api` (0 disables the limit). */
  readonly max: number;
}

/** The outcome of reading the configuration: the config, or every problem found. */
export type ConfigResult =
  | { readonly ok: true; readonly config: ServerConfig }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Documented defaults (docs/server.md). */
export const CONFIG_DEFAULTS = {
  port: 4310,
  host: '0.0.0.0',
  dataDir: './.data',
  bodyLimitBytes: 5 * 1024 * 1024,
  rateLimitWindowMs: 60_000,
  rateLimitMax: 1200,
  pgPoolSize: 10,
  pgConnectTimeoutMs: 10_000,
  pgStatementTimeoutMs: 30_000,
  logLevel: 'info',
  pullPageLimit: 1000,
  sseHeartbeatMs: 15_000,
  idempotencyDays: 90,
  shutdownTimeoutMs: 8000,
  sandboxMinutes: 60,
  sandboxLimit: 3,
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The keys a config file may hold, each the camel-case twin of an environment variable. */
const FILE_KEYS: Readonly<Record<string, string>> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'SYNCRAFT_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  databaseSchema: 'SYNCRAFT_DB_SCHEMA',
  databasePoolSize: 'SYNCRAFT_DB_POOL_SIZE',
  databaseConnectTimeoutMs: 'SYNCRAFT_DB_CONNECT_TIMEOUT_MS',
  databaseStatementTimeoutMs: 'SYNCRAFT_DB_STATEMENT_TIMEOUT_MS',
  jwtSecret: 'SYNCRAFT_JWT_SECRET',
  jwksUrl: 'SYNCRAFT_JWKS_URL',
  jwtIssuer: 'SYNCRAFT_JWT_ISSUER',
  jwtAudience: 'SYNCRAFT_JWT_AUDIENCE',
  devTokens: 'SYNCRAFT_DEV_TOKENS',
  bodyLimit: 'SYNCRAFT_BODY_LIMIT',
  rateLimitWindow: 'SYNCRAFT_RATE_LIMIT_WINDOW_MS',
  rateLimitMax: 'SYNCRAFT_RATE_LIMIT_MAX',
  trustProxyHops: 'SYNCRAFT_TRUST_PROXY_HOPS',
  policyFile: 'SYNCRAFT_POLICY_FILE',
  allowSelfApproval: 'SYNCRAFT_ALLOW_SELF_APPROVAL',
  signInUrl: 'SYNCRAFT_SIGNIN_URL',
  signInHelp: 'SYNCRAFT_SIGNIN_HELP',
  designerDir: 'SYNCRAFT_DESIGNER_DIR',
  logLevel: 'LOG_LEVEL',
  pullPageLimit: 'SYNCRAFT_PULL_PAGE_LIMIT',
  sseHeartbeatMs: 'SYNCRAFT_SSE_HEARTBEAT_MS',
  idempotencyDays: 'SYNCRAFT_IDEMPOTENCY_DAYS',
  shutdownTimeoutMs: 'SYNCRAFT_SHUTDOWN_TIMEOUT_MS',
  sandboxMinutes: 'SYNCRAFT_SANDBOX_MINUTES',
  sandboxLimit: 'SYNCRAFT_SANDBOX_LIMIT',
};

/** Reads the JSON config file named by `SYNCRAFT_CONFIG`, mapped onto environment variable names. */
function readConfigFile(path: string, errors: string[]): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(`SYNCRAFT_CONFIG: cannot read ${path} as JSON (${(error as Error).message}).`);
    return {};
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    errors.push(`SYNCRAFT_CONFIG: ${path} must hold a JSON object.`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const envName = Object.hasOwn(FILE_KEYS, key) ? FILE_KEYS[key] : undefined;
    if (envName === undefined) {
      errors.push(
        `SYNCRAFT_CONFIG: unknown key "${key}" in ${path}. Known keys: ${Object.keys(FILE_KEYS).join(', ')}.`,
      );
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      errors.push(`SYNCRAFT_CONFIG: "${key}" in ${path} must be a string, number or boolean.`);
      continue;
    }
    out[envName] = String(value);
  }
  return out;
}

function parseSize(text: string): number | undefined {
  const match = /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit === 'gb' ? 1024 ** 3 : unit === 'mb' ? 1024 ** 2 : unit === 'kb' ? 1024 : 1;
  return Number(match[1]) * factor;
}

/**
 * Resolves the configuration from `env` (normally `process.env`). Never throws: problems come back
 * as a list of messages naming the variable and the expected form.
 *
 * @example
 * const result = loadConfig({ PORT: '8080', SYNCRAFT_JWT_SECRET: 'a-long-random-secret-of-32-bytes!' });
 * if (!result.ok) throw new Error(result.errors.join('\n'));
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const errors: string[] = [];
  const fileValues = env.SYNCRAFT_CONFIG ? readConfigFile(env.SYNCRAFT_CONFIG, errors) : {};
  const get = (name: string): string | undefined => {
    const value = env[name] ?? fileValues[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const text = get(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      errors.push(`${name}: expected a whole number from ${min} to ${max}, got "${text}".`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string): boolean => {
    const text = get(name)?.toLowerCase();
    if (text === undefined) return false;
    if (['1', 'true', 'yes', 'on'].includes(text)) return true;
    if (['0', 'false', 'no', 'off'].includes(text)) return false;
    errors.push(`${name}: expected 1/0, true/false, yes/no or on/off, got "${text}".`);
    return false;
  };

  const dataDir = resolve(get('SYNCRAFT_DATA_DIR') ?? CONFIG_DEFAULTS.dataDir);
  const databaseUrl = get('DATABASE_URL');
  let database: DatabaseConfig;
  if (databaseUrl === undefined) {
    database = { kind: 'sqlite', file: resolve(dataDir, 'syncraft.sqlite') };
  } else if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    errors.push(
      'DATABASE_URL: expected a postgres:// or postgresql:// URL (unset it for the embedded SQLite).',
    );
    database = { kind: 'sqlite', file: resolve(dataDir, 'syncraft.sqlite') };
  } else {
    const schema = get('SYNCRAFT_DB_SCHEMA');
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      errors.push('SYNCRAFT_DB_SCHEMA: use lower-case letters, digits and underscores (at most 63).');
    }
    database = {
      kind: 'postgres',
      url: databaseUrl,
      schema,
      poolSize: int('SYNCRAFT_DB_POOL_SIZE', CONFIG_DEFAULTS.pgPoolSize, 1, 500),
      connectTimeoutMs: int('SYNCRAFT_DB_CONNECT_TIMEOUT_MS', CONFIG_DEFAULTS.pgConnectTimeoutMs, 1, 600_000),
      statementTimeoutMs: int(
        'SYNCRAFT_DB_STATEMENT_TIMEOUT_MS',
        CONFIG_DEFAULTS.pgStatementTimeoutMs,
        0,
        24 * 3_600_000,
      ),
    };
  }

  const issuer = get('SYNCRAFT_JWT_ISSUER');
  const audience = get('SYNCRAFT_JWT_AUDIENCE');
  const claimsCheck = { ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) };
  const secret = get('SYNCRAFT_JWT_SECRET');
  const jwksUrl = get('SYNCRAFT_JWKS_URL');
  let auth: AuthConfig = { kind: 'none' };
  if (secret !== undefined && jwksUrl !== undefined) {
    errors.push('SYNCRAFT_JWT_SECRET and SYNCRAFT_JWKS_URL are both set: choose one way to check tokens.');
  } else if (secret !== undefined) {
    if (Buffer.byteLength(secret) < 32) {
      errors.push('SYNCRAFT_JWT_SECRET: use at least 32 bytes (HS256 needs a 256-bit key).');
    }
    auth = { kind: 'secret', secret, ...claimsCheck };
  } else if (jwksUrl !== undefined) {
    if (!URL.canParse(jwksUrl) || !/^https?:$/.test(new URL(jwksUrl).protocol)) {
      errors.push(`SYNCRAFT_JWKS_URL: expected an http(s) URL, got "${jwksUrl}".`);
    }
    auth = { kind: 'jwks', url: jwksUrl, ...claimsCheck };
  }

  const bodyLimitText = get('SYNCRAFT_BODY_LIMIT');
  let bodyLimitBytes: number = CONFIG_DEFAULTS.bodyLimitBytes;
  if (bodyLimitText !== undefined) {
    const size = parseSize(bodyLimitText);
    if (size === undefined || size < 1024) {
      errors.push(
        `SYNCRAFT_BODY_LIMIT: expected a size such as 512kb or 5mb (at least 1kb), got "${bodyLimitText}".`,
      );
    } else bodyLimitBytes = size;
  }

  const logLevel = get('LOG_LEVEL') ?? CONFIG_DEFAULTS.logLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    errors.push(`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }

  const signInUrl = get('SYNCRAFT_SIGNIN_URL');
  if (signInUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(signInUrl))
    errors.push(`SYNCRAFT_SIGNIN_URL: expected an http(s) address, got "${signInUrl}".`);
  const signInHelp = get('SYNCRAFT_SIGNIN_HELP');
  if (signInHelp !== undefined && signInHelp.length > 500)
    errors.push(`SYNCRAFT_SIGNIN_HELP: at most 500 characters, got ${signInHelp.length}.`);

  const config: ServerConfig = {
    port: int('PORT', CONFIG_DEFAULTS.port, 0, 65535),
    host: get('HOST') ?? CONFIG_DEFAULTS.host,
    dataDir,
    database,
    auth,
    devTokens: flag('SYNCRAFT_DEV_TOKENS'),
    bodyLimitBytes,
    rateLimit: {
      windowMs: int('SYNCRAFT_RATE_LIMIT_WINDOW_MS', CONFIG_DEFAULTS.rateLimitWindowMs, 1000, 86_400_000),
      max: int('SYNCRAFT_RATE_LIMIT_MAX', CONFIG_DEFAULTS.rateLimitMax, 0, 10_000_000),
    },
    trustProxyHops: int('SYNCRAFT_TRUST_PROXY_HOPS', 0, 0, 10),
    policyFile: get('SYNCRAFT_POLICY_FILE') ? resolve(get('SYNCRAFT_POLICY_FILE')!) : undefined,
    allowSelfApproval: flag('SYNCRAFT_ALLOW_SELF_APPROVAL'),
    signInUrl,
    signInHelp,
    designerDir: resolve(
      get('SYNCRAFT_DESIGNER_DIR') ?? new URL('../../designer/dist', import.meta.url).pathname,
    ),
    logLevel: (LOG_LEVELS as readonly string[]).includes(logLevel)
      ? (logLevel as ServerConfig['logLevel'])
      : CONFIG_DEFAULTS.logLevel,
    pullPageLimit: int('SYNCRAFT_PULL_PAGE_LIMIT', CONFIG_DEFAULTS.pullPageLimit, 1, 10_000),
    sseHeartbeatMs: int('SYNCRAFT_SSE_HEARTBEAT_MS', CONFIG_DEFAULTS.sseHeartbeatMs, 10, 600_000),
    idempotencyDays: int('SYNCRAFT_IDEMPOTENCY_DAYS', CONFIG_DEFAULTS.idempotencyDays, 1, 3650),
    shutdownTimeoutMs: int('SYNCRAFT_SHUTDOWN_TIMEOUT_MS', CONFIG_DEFAULTS.shutdownTimeoutMs, 0, 3_600_000),
    sandboxMinutes: int('SYNCRAFT_SANDBOX_MINUTES', CONFIG_DEFAULTS.sandboxMinutes, 1, 1440),
    sandboxLimit: int('SYNCRAFT_SANDBOX_LIMIT', CONFIG_DEFAULTS.sandboxLimit, 0, 100),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

/**
 * A configuration for tests and embedding: the defaults with the given overrides, no environment read.
 */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const result = loadConfig({});
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { ...result.config, logLevel: 'silent', ...overrides };
}
