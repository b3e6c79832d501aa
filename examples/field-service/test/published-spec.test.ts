import { describe, expect, it } from 'vitest';
import { cachedSpec, fetchPublished, keepSpec } from '../src/spec/published-spec';
import { templateSpec } from './spec-fixture';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the published spec', () => {
  it('is fetched from the registry with the bearer token', async () => {
    const spec = templateSpec();
    const seen: string[] = [];
    const answer = await fetchPublished({
      origin: 'http://sync.test',
      appId: 'field-service',
      token: 'tok',
      fetch: async (url, init) => {
        seen.push(`${String(url)} ${(init?.headers as Record<string, string> | undefined)?.Authorization}`);
        return json(200, { appId: 'field-service', version: '1.0.0', hash: 'a'.repeat(64), spec });
      },
    });
    expect(seen).toEqual(['http://sync.test/api/apps/field-service/published Bearer tok']);
    expect(answer).toEqual({ kind: 'published', copy: { hash: 'a'.repeat(64), version: '1.0.0', spec } });
  });

  it('says the server cannot be reached when offline, and that nothing is published on a 404', async () => {
    const offline = await fetchPublished({
      origin: 'http://sync.test',
      appId: 'field-service',
      token: 'tok',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(offline).toMatchObject({
      kind: 'unreachable',
      message: expect.stringMatching(/cannot be reached/),
    });
    const none = await fetchPublished({
      origin: 'http://sync.test',
      appId: 'field-service',
      token: 'tok',
      fetch: async () => json(404, { error: { code: 'not-found', message: 'No published version.' } }),
    });
    expect(none).toMatchObject({ kind: 'refused', message: expect.stringMatching(/no published spec yet/) });
  });

  it('is kept for offline starts, and a damaged copy is ignored', () => {
    const storage = memoryStorage();
    expect(cachedSpec(storage, 'field-service')).toBeUndefined();
    const copy = { hash: 'b'.repeat(64), version: '1.0.0', spec: templateSpec() };
    keepSpec(storage, 'field-service', copy);
    expect(cachedSpec(storage, 'field-service')).toEqual(copy);
    storage.setItem('syncraft-published:field-service', '{not json');
    expect(cachedSpec(storage, 'field-service')).toBeUndefined();
  });
});
