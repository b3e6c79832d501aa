import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, loadConfig } from '../src/config';

describe('configuration', () => {
  it('starts with zero configuration on SQLite in ./.data, port 4310, no auth', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.port).toBe(4310);
    expect(result.config.database.kind).toBe('sqlite');
    expect(result.config.database.kind === 'sqlite' && result.config.database.file).toMatch(
      /\.data\/syncraft\.sqlite$/,
    );
    expect(result.config.auth).toEqual({ kind: 'none' });
    expect(result.config.devTokens).toBe(false);
    expect(result.config.bodyLimitBytes).toBe(CONFIG_DEFAULTS.bodyLimitBytes);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/app', SYNCRAFT_DB_POOL_SIZE: '20' });
    expect(result.ok && result.config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/app',
      schema: undefined,
      poolSize: 20,
      connectTimeoutMs: CONFIG_DEFAULTS.pgConnectTimeoutMs,
      statementTimeoutMs: CONFIG_DEFAULTS.pgStatementTimeoutMs,
    });
  });

  it('reads the PostgreSQL timeouts, 0 turning the statement timeout off', () => {
    const result = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/app',
      SYNCRAFT_DB_CONNECT_TIMEOUT_MS: '2500',
      SYNCRAFT_DB_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(result.ok && result.config.database).toMatchObject({
      connectTimeoutMs: 2500,
      statementTimeoutMs: 0,
    });
    const bad = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/app', SYNCRAFT_DB_CONNECT_TIMEOUT_MS: '0' });
    expect(bad.ok ? [] : bad.errors).toEqual([
      'SYNCRAFT_DB_CONNECT_TIMEOUT_MS: expected a whole number from 1 to 600000, got "0".',
    ]);
  });

  it('reports every bad variable with the expected form', () => {
    const result = loadConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      SYNCRAFT_JWT_SECRET: 'short',
      SYNCRAFT_DEV_TOKENS: 'maybe',
      SYNCRAFT_BODY_LIMIT: 'lots',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/PORT: expected a whole number/);
    expect(result.errors.join('\n')).toMatch(/DATABASE_URL: expected a postgres/);
    expect(result.errors.join('\n')).toMatch(/SYNCRAFT_JWT_SECRET: use at least 32 bytes/);
    expect(result.errors.join('\n')).toMatch(/SYNCRAFT_DEV_TOKENS/);
    expect(result.errors.join('\n')).toMatch(/SYNCRAFT_BODY_LIMIT/);
  });

  it('refuses a secret and a JWKS URL together', () => {
    const result = loadConfig({
      SYNCRAFT_JWT_SECRET: 'x'.repeat(40),
      SYNCRAFT_JWKS_URL: 'https://id.example/jwks',
    });
    expect(!result.ok && result.errors[0]).toMatch(/both set/);
  });

  it('reads a JSON config file, with environment variables taking precedence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncraft-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ port: 5000, bodyLimit: '1mb', rateLimitMax: 10 }));
    const result = loadConfig({ SYNCRAFT_CONFIG: file, SYNCRAFT_RATE_LIMIT_MAX: '99' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.port).toBe(5000);
    expect(result.config.bodyLimitBytes).toBe(1024 * 1024);
    expect(result.config.rateLimit.max).toBe(99);
  });

  it('names an unknown key of the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncraft-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ prot: 5000 }));
    const result = loadConfig({ SYNCRAFT_CONFIG: file });
    expect(!result.ok && result.errors[0]).toMatch(/unknown key "prot"/);
  });
});
