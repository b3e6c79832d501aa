import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeLabeller } from '../../src/metrics/http-metrics';
import { createTestApp, type TestApp, tokenFor } from '../helpers/app';

const METRIC = 'syncraft_http_request_duration_seconds';

/** The `_count` samples of the request histogram: `method route status` → count. */
async function counts(t: TestApp): Promise<Record<string, number>> {
  const text = (await request(t.app).get('/metrics')).text;
  const out: Record<string, number> = {};
  for (const m of text.matchAll(
    new RegExp(`^${METRIC}_count\\{method="([^"]+)",route="([^"]+)",status="(\\d+)"\\} (\\d+)$`, 'gm'),
  )) {
    out[`${m[1]} ${m[2]} ${m[3]}`] = Number(m[4]);
  }
  return out;
}

describe('HTTP request metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', 'request-metrics', 'registry');
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('time every request by method, route template and status in /metrics', async () => {
    const token = await tokenFor('dana', ['designer']);
    await request(t.app).get('/healthz').expect(200);
    await request(t.app).get('/healthz').expect(200);
    await request(t.app)
      .post('/api/apps/field-service/sync/push')
      .set('authorization', `Bearer ${token}`)
      .send({ protocol: 1 })
      .expect(400);
    await request(t.app)
      .get('/api/apps/inventory-42/published')
      .set('authorization', `Bearer ${token}`)
      .expect(404);
    await request(t.app).get('/api/apps').expect(401);
    await request(t.app).get('/no/such/page').expect(404);

    const seen = await counts(t);
    expect(seen).toMatchObject({
      'GET /healthz 200': 2,
      'POST /api/apps/{appId}/sync/push 400': 1,
      'GET /api/apps/{appId}/published 404': 1,
      'GET /api/apps 401': 1,
      'GET other 404': 1,
    });
    // Ids from URLs never become label values (bounded cardinality).
    expect(Object.keys(seen).join('\n')).not.toMatch(/field-service|inventory-42|no\/such/);
    const text = (await request(t.app).get('/metrics')).text;
    expect(text).toMatch(
      new RegExp(`^${METRIC}_bucket\\{le="0.005",method="GET",route="/healthz",status="200"\\} \\d+$`, 'm'),
    );
  });
});

describe('the route label', () => {
  const label = routeLabeller([
    { method: 'get', path: '/api/apps' },
    { method: 'post', path: '/api/apps/{appId}/versions/{hash}/submit' },
    { method: 'get', path: '/api/apps/{appId}/versions/{hash}' },
  ]);

  it('is the template of the route a path matches, HEAD counting as GET', () => {
    expect(label('POST', '/api/apps/a1/versions/ab12/submit')).toBe(
      '/api/apps/{appId}/versions/{hash}/submit',
    );
    expect(label('HEAD', '/api/apps/a1/versions/ab12')).toBe('/api/apps/{appId}/versions/{hash}');
    expect(label('GET', '/api/apps/')).toBe('/api/apps');
  });

  it('is "other" for another method, a longer path or a segment with a slash in it', () => {
    expect(label('DELETE', '/api/apps')).toBe('other');
    expect(label('GET', '/api/apps/a1/versions/ab12/extra')).toBe('other');
    expect(label('GET', '/api/apps/a/1/versions/ab12')).toBe('other');
  });
});
