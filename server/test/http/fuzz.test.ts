import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, tokenFor } from '../helpers/app';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('random requests to every route', () => {
  let t: TestApp;
  let routes: Array<{ method: (typeof METHODS)[number]; path: string }>;
  let validToken: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite', 'fuzz', 'registry', { bodyLimitBytes: 64 * 1024 });
    validToken = await tokenFor('dora', ['dispatcher'], { region: 'north' });
    const doc = (await request(t.app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => m in item).map((method) => ({ method, path })),
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('never answer 500, and answer every error with an ApiErrorBody', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc
        .record({
          protocol: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
          specVersion: fc.oneof(fc.constant('1.0.0'), fc.string()),
          clientId: fc.oneof(fc.constant('dev-a'), fc.string()),
          operations: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
          cursor: fc.oneof(fc.constant(undefined), fc.string(), fc.constant('c0')),
          values: fc.jsonValue({ maxDepth: 2 }),
        })
        .map((v) => JSON.stringify(v)),
    );
    const pathPart = fc.oneof(fc.constant('field-service'), fc.string({ minLength: 1, maxLength: 20 }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        pathPart,
        pathPart,
        body,
        fc.constantFrom('valid', 'none', 'garbage'),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/merge-patch+json',
          'application/json; charset=latin1',
        ),
        fc.option(fc.constantFrom('1', '2', 'x'), { nil: undefined }),
        async (route, appId, conflictId, text, auth, contentType, protocolHeader) => {
          const path = route.path
            .replace('{appId}', encodeURIComponent(appId))
            .replace('{conflictId}', encodeURIComponent(conflictId));
          // A valid token on the event stream opens a stream that stays open by design.
          const token =
            auth === 'valid' && !path.endsWith('/events')
              ? validToken
              : auth === 'garbage'
                ? 'x.y.z'
                : undefined;
          let req = request(t.app)[route.method](path).set('Content-Type', contentType);
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          if (protocolHeader) req = req.set('Syncraft-Protocol', protocolHeader);
          const res = route.method === 'get' ? await req : await req.send(text);
          expect(res.status, `${route.method} ${path} ${text}`).toBeLessThan(500);
          if (res.status >= 400 && res.type === 'application/json') {
            expect(typeof res.body.error?.code, `${route.method} ${path}`).toBe('string');
            expect(typeof res.body.error?.message).toBe('string');
          }
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  }, 120_000);
});
