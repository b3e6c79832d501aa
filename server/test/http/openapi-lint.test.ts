import { createConfig, lintFromString } from '@redocly/openapi-core';
import { PROTOCOL_LIMITS } from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Schema {
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
}

interface Doc {
  security?: Record<string, unknown>[];
  paths: Record<string, Record<string, { operationId?: string; security?: Record<string, unknown>[] }>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, Schema> };
}

/**
 * Redocly's `recommended` rule set, as `redocly lint` runs it, on the document held in memory: no
 * configuration file, no network.
 */
async function lint(doc: Doc) {
  const problems = await lintFromString({
    source: JSON.stringify(doc),
    absoluteRef: '/openapi.json',
    config: await createConfig({ extends: ['recommended'] }),
  });
  return problems.map((p) => ({
    rule: p.ruleId,
    severity: p.severity,
    message: p.message,
    at: p.location.map((l) => l.pointer).join(' '),
  }));
}

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ where: `${m.toUpperCase()} ${path}`, op: item[m]! })),
  );

describe('the served OpenAPI document under a real OpenAPI linter', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await createTestApp('sqlite', 'openapi-lint', 'registry');
    doc = (await request(t.app).get('/api/openapi.json')).body as Doc;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('has no errors under Redocly recommended rules, and warnings only where they do not apply', async () => {
    const problems = await lint(doc);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Probes and metrics answer 200 or 503 and nothing else: a 4xx response would be invented.
    expect(problems.map((p) => `${p.rule} ${p.at}`).sort()).toEqual([
      'operation-4xx-response #/paths/~1healthz/get/responses',
      'operation-4xx-response #/paths/~1metrics/get/responses',
      'operation-4xx-response #/paths/~1readyz/get/responses',
    ]);
  });

  it('the linter catches an undefined security scheme (so the check above can fail)', async () => {
    const broken = structuredClone(doc);
    broken.components.securitySchemes = {};
    const problems = await lint(broken);
    expect(problems.some((p) => p.rule === 'security-defined' && p.severity === 'error')).toBe(true);
  });

  it('gives every operation a unique operationId', () => {
    const ids = operations(doc).map(({ where, op }) => op.operationId ?? `missing on ${where}`);
    expect(ids.filter((id) => id.startsWith('missing on '))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('requires the bearer scheme on every /api operation but the document itself, the sign-in options and dev sign-in', () => {
    expect(doc.components.securitySchemes).toEqual({
      bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    for (const { where, op } of operations(doc)) {
      const required = op.security ?? doc.security ?? [];
      // Dev sign-in is how a person gets a token, so it cannot need one (dev mode, loopback only).
      const open =
        !where.includes(' /api/') ||
        where === 'GET /api/openapi.json' ||
        where === 'GET /api/sign-in' ||
        where.endsWith(' /api/dev/sign-in');
      expect(required, where).toEqual(open ? [] : [{ bearerAuth: [] }]);
    }
  });

  it('takes the size limits of pushed operations from the protocol module', () => {
    const { Operation, PushRequest, PullRequest } = doc.components.schemas;
    expect(Operation?.properties?.key?.maxLength).toBe(PROTOCOL_LIMITS.maxKeyLength);
    expect(Operation?.properties?.id?.maxLength).toBe(PROTOCOL_LIMITS.maxIdLength);
    expect(Operation?.properties?.clientId?.maxLength).toBe(PROTOCOL_LIMITS.maxClientIdLength);
    expect(PushRequest?.properties?.operations?.maxItems).toBe(PROTOCOL_LIMITS.maxOperations);
    expect(PullRequest?.properties?.cursor?.maxLength).toBe(PROTOCOL_LIMITS.maxCursorLength);
  });
});
