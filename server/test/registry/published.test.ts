import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedSpecSource } from '../../src/registry/published';
import { DIALECTS } from '../helpers/databases';
import { fieldServiceVersion, http, type RegistryHarness, startRegistry } from './harness';

describe.each(DIALECTS)('published spec source (%s)', (dialect) => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry(dialect, 'registry-published');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  async function release(version: string): Promise<string> {
    const builder = { Authorization: await h.bearer('builder') };
    const reviewer = { Authorization: await h.bearer('reviewer') };
    const saved = await http(h)
      .post('/api/apps/field-service/versions')
      .set(builder)
      .send(fieldServiceVersion(version));
    const base = `/api/apps/field-service/versions/${saved.body.hash}`;
    await http(h).post(`${base}/submit`).set(builder).expect(201);
    await http(h).post(`${base}/approve`).set(reviewer).send({}).expect(200);
    await http(h).post(`${base}/publish`).set(reviewer).expect(201);
    return saved.body.hash as string;
  }

  it('sees every publication and rollback made through any other process, despite its cache', async () => {
    // Two sources stand for two server processes sharing the database.
    const first = createPublishedSpecSource(h.db);
    const second = createPublishedSpecSource(h.db);
    expect(await first.getPublished('field-service')).toBeUndefined();
    const v1 = await release('1.0.0');
    expect(await first.getPublished('field-service')).toMatchObject({ version: '1.0.0', hash: v1 });
    expect(await second.getPublished('field-service')).toMatchObject({ version: '1.0.0', hash: v1 });
    const v2 = await release('1.1.0');
    expect(await first.getPublished('field-service')).toMatchObject({ version: '1.1.0', hash: v2 });
    const published = await second.getPublished('field-service');
    expect(published?.spec.app.version).toBe('1.1.0');
    await http(h)
      .post('/api/apps/field-service/rollback')
      .set({ Authorization: await h.bearer('admin') })
      .send({ hash: v1 })
      .expect(201);
    expect(await first.getPublished('field-service')).toMatchObject({ version: '1.0.0', hash: v1 });
    expect(await second.getPublished('field-service')).toMatchObject({ version: '1.0.0', hash: v1 });
    expect(await first.getPublished('unknown-app')).toBeUndefined();
  });

  it('finds an earlier published spec by its app version', async () => {
    const source = createPublishedSpecSource(h.db);
    expect(await source.getPreviouslyPublished('field-service', '1.1.0')).toMatchObject({ version: '1.1.0' });
    expect(await source.getPreviouslyPublished('field-service', '9.9.9')).toBeUndefined();
  });
});
