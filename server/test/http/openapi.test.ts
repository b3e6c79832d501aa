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
    expect(res.body.components.securitySchemes.bearer.scheme).toBe('bearer');
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
