import {
  API_ERROR_CODES,
  DELETE_REASONS,
  REJECT_REASONS,
  type RejectReason,
} from '@syncraft/runtime/protocol';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountedRoutes } from '../../src/openapi/routes';
import { createTestApp, type TestApp } from '../helpers/app';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', 'openapi', 'registry');
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('is served at /api/openapi.json as OpenAPI 3.1', async () => {
    const res = await request(t.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.components.securitySchemes.bearerAuth.scheme).toBe('bearer');
  });

  it('lists exactly the routes the app serves', async () => {
    const doc = (await request(t.app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((m) => METHODS.has(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    const served = [
      ...new Set(mountedRoutes(t.app).map((r) => `${r.method.toUpperCase()} ${r.path}`)),
    ].sort();
    expect(served).toEqual(documented);
  });

  it('resolves every $ref to a defined schema', async () => {
    const doc = (await request(t.app).get('/api/openapi.json')).body as {
      components: { schemas: Record<string, unknown> };
    };
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });
});

describe('the OpenAPI document against the protocol module', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', 'openapi-enums', 'registry');
  });
  afterAll(async () => {
    await t.dispose();
  });

  type Schema = { enum?: unknown[]; oneOf?: Schema[]; properties?: Record<string, Schema> };
  const variant = (schema: Schema | undefined, key: string, value: string): Schema | undefined =>
    schema?.oneOf?.find((s) => (s.properties?.[key] as { const?: unknown } | undefined)?.const === value);

  it('lists exactly the reject reasons, error codes and delete reasons the protocol defines', async () => {
    const schemas = (await request(t.app).get('/api/openapi.json')).body.components.schemas as Record<
      string,
      Schema
    >;
    const rejected = variant(schemas.OperationResult, 'status', 'rejected');
    expect(rejected?.properties?.reason?.enum).toEqual([...REJECT_REASONS]);
    expect(rejected?.properties?.reason?.enum).toContain('restricted');
    expect(schemas.ApiErrorBody?.properties?.error?.properties?.code?.enum).toEqual([...API_ERROR_CODES]);
    const deleted = variant(schemas.Change, 'kind', 'delete');
    expect(deleted?.properties?.reason?.enum).toEqual([...DELETE_REASONS]);
  });

  it('knows every reason the type allows (a reason added to the type alone fails to compile here)', () => {
    const everyReason = {
      'unknown-entity': true,
      'unknown-field': true,
      'invalid-value': true,
      'missing-required': true,
      permission: true,
      'out-of-scope': true,
      'read-only': true,
      'too-large': true,
      'not-found': true,
      restricted: true,
      'conflict-settled': true,
      stale: true,
    } as const satisfies Record<RejectReason, true>;
    expect(Object.keys(everyReason).sort()).toEqual([...REJECT_REASONS].sort());
  });
});
