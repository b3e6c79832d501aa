import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

describe('serving the designer', () => {
  let withDesigner: TestApp;
  let without: TestApp;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncraft-designer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Syncraft designer</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("designer")');
    mkdirSync(join(dir, 'console'));
    writeFileSync(join(dir, 'console', 'index.html'), '<!doctype html><title>Syncraft console</title>');
    withDesigner = await createTestApp('sqlite', 'designer', [], { designerDir: dir });
    without = await createTestApp('sqlite', 'nodesigner', [], { designerDir: join(dir, 'missing') });
  });
  afterAll(async () => {
    await withDesigner.dispose();
    await without.dispose();
  });

  it('serves the built files and the index at /', async () => {
    const index = await request(withDesigner.app).get('/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('Syncraft designer');
    const asset = await request(withDesigner.app).get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.type).toMatch(/javascript/);
  });

  it("falls back to index.html for the single-page app's own routes", async () => {
    const res = await request(withDesigner.app).get('/apps/field-service/review').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Syncraft designer');
  });

  it('serves the reviewer console at /console/ and for its own routes, under the same headers', async () => {
    const page = await request(withDesigner.app).get('/console/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Syncraft console');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const route = await request(withDesigner.app).get('/console/audit').set('Accept', 'text/html');
    expect(route.text).toContain('Syncraft console');
    const bare = await request(withDesigner.app).get('/console').set('Accept', 'text/html');
    expect([200, 301]).toContain(bare.status);
  });

  it('never answers an API path with the designer', async () => {
    const res = await request(withDesigner.app).get('/api/nothing').set('Accept', 'text/html');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not-found');
  });

  it('starts without a built designer and answers / with a JSON 404', async () => {
    expect((await request(without.app).get('/healthz')).status).toBe(200);
    const res = await request(without.app).get('/');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not-found');
  });
});
