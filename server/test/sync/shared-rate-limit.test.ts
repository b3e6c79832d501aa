// Two app instances over one PostgreSQL schema stand for two server processes behind a load
// balancer: the /api rate limit must count the requests of both.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncraftApp } from '../../src/app';
import { createTestApp, secondProcess, type TestApp, templateSpec } from '../helpers/app';

const spec = templateSpec('field-service');
const rateLimit = { windowMs: 60_000, max: 4 };

describe('the /api rate limit of several processes on one PostgreSQL database', () => {
  let first: TestApp;
  let closeSecond: () => Promise<void>;
  let second: SyncraftApp;

  beforeAll(async () => {
    first = await createTestApp('postgres', 'shared-limit', [spec], { rateLimit });
    const process2 = await secondProcess(first, [spec], { rateLimit });
    second = process2.app;
    closeSecond = process2.close;
    await Promise.all([first.app.ready(), second.ready()]);
  });
  afterAll(async () => {
    await closeSecond();
    await first.dispose();
  });

  it('counts requests to either process against one limit per client address', async () => {
    const statuses: number[] = [];
    for (const app of [first.app, second, first.app, second, first.app, second]) {
      statuses.push((await request(app).get('/api/openapi.json')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await request(second).get('/api/openapi.json');
    expect(refused.body.error.code).toBe('rate-limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
