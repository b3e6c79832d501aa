import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, templateSpec, tokenFor } from '../helpers/app';

const PUSH = '/api/apps/field-service/sync/push';

describe('bad input is answered precisely, never with a 500', () => {
  let t: TestApp;
  let token: string;
  const post = (body: string, type = 'application/json') =>
    request(t.app).post(PUSH).set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(body);

  beforeAll(async () => {
    t = await createTestApp('sqlite', 'badinput', [templateSpec('field-service')], { bodyLimitBytes: 4096 });
    token = await tokenFor('ana', ['technician']);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers malformed JSON with 400 invalid-json and the parser message', async () => {
    const res = await post('{"protocol": 1,');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-json');
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });

  it('answers a body over the limit with 413 payload-too-large', async () => {
    const res = await post(JSON.stringify({ protocol: 1, pad: 'x'.repeat(10_000) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload-too-large');
  });

  it.each([
    [
      '{"protocol":1,"operations":[{"changes":{"__proto__":{"admin":true}}}]}',
      '/operations/0/changes/__proto__',
    ],
    ['{"constructor":{"prototype":{}}}', '/constructor'],
    ['{"a":[{"b":{"prototype":1}}]}', '/a/0/b/prototype'],
  ])('rejects the prototype key in %s with its pointer', async (body, pointer) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'bad-request', pointer });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('answers nesting deeper than 100 levels with 400 and where it starts', async () => {
    const deep = `{"protocol":1,"operations":[{"changes":{"notes":${'{"a":'.repeat(300)}1${'}'.repeat(300)}}}]}`;
    const res = await request(t.app)
      .post(PUSH)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/deeper than 100 levels/);
    expect(res.body.error.pointer).toMatch(/^\/operations\/0\/changes\/notes(\/a)+$/);
  });

  it('answers wrong types with 400 and a pointer to the field', async () => {
    const res = await post(
      JSON.stringify({
        protocol: 1,
        specVersion: '1.0.0',
        clientId: 'dev-a',
        operations: [{ id: 'x', kind: 'merge' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.pointer).toBe('/operations/0/kind');
  });

  it('answers a body that is not an object, or not JSON at all, with 400', async () => {
    expect((await post('[1,2,3]')).status).toBe(400);
    expect((await post('"text"')).status).toBe(400);
    const form = await post('a=1', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await request(t.app).get('/api/nothing/here');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not-found' });
    const sync = await request(t.app)
      .get('/api/apps/field-service/sync/nothing')
      .set('Authorization', `Bearer ${token}`);
    expect(sync.status).toBe(404);
  });

  it('answers a malformed percent-encoding in the path with 400', async () => {
    const res = await request(t.app)
      .get('/api/apps/%E0%A4%A/sync/conflicts')
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad-request');
  });
});

describe('operations and security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', 'ops', [templateSpec('field-service')], {
      rateLimit: { windowMs: 60_000, max: 3 },
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers /healthz and /readyz once migrated', async () => {
    expect((await request(t.app).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(t.app).get('/readyz')).body).toEqual({ status: 'ready' });
  });

  it('sets helmet headers', async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    // Scripts come from the server's own origin only and may not evaluate text as code.
    expect(res.headers['content-security-policy']).toMatch(/(^|;)script-src 'self'(;|$)/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    // Plain HTTP on a local network must keep working: no forced upgrade of the designer's scripts.
    expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('limits the request rate on /api with 429 rate-limited and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(t.app).get('/api/openapi.json')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(t.app).get('/api/openapi.json');
    expect(limited.body.error.code).toBe('rate-limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
