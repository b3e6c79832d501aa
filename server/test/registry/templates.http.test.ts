import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, resolvePointer, type SyncSpec } from '@syncraft/runtime/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePolicies } from '../../src/registry/policies/evaluate';
import { loadPoliciesSync } from '../../src/registry/policies/parse';
import { DIALECTS } from '../helpers/databases';
import { http, type RegistryHarness, startRegistry } from './harness';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templates = readdirSync(templatesDir).filter((name) => name.endsWith('.json'));
const readTemplate = (name: string) => JSON.parse(readFileSync(join(templatesDir, name), 'utf8')) as SyncSpec;

describe.each(DIALECTS)('every template goes through the registry (%s)', (dialect) => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry(dialect, 'registry-templates');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it.each(templates)('%s is saved, submitted, approved and published', async (name) => {
    const spec = readTemplate(name);
    const builder = { Authorization: await h.bearer('builder') };
    const reviewer = { Authorization: await h.bearer('reviewer') };
    const saved = await http(h).post(`/api/apps/${spec.app.id}/versions`).set(builder).send(spec);
    expect(saved.status).toBe(201);
    const base = `/api/apps/${spec.app.id}/versions/${saved.body.hash}`;
    const submitted = await http(h).post(`${base}/submit`).set(builder);
    expect(submitted.body.error ?? null).toBeNull();
    await http(h).post(`${base}/approve`).set(reviewer).send({}).expect(200);
    await http(h).post(`${base}/publish`).set(reviewer).expect(201);
    const published = await http(h).get(`/api/apps/${spec.app.id}/published`).set(builder);
    expect(published.body.hash).toBe(saved.body.hash);
  });
});

describe('the example policies over every template', () => {
  const policies = loadPoliciesSync(join(templatesDir, 'policies', 'default.json'));

  it.each(templates)('%s: every violation points at a place that exists, with a hint', (name) => {
    const result = check(readTemplate(name));
    expect(result.spec).toBeDefined();
    for (const d of evaluatePolicies(result.spec!, policies)) {
      expect(resolvePointer(result.spec, d.pointer), `${d.policy} at ${d.pointer}`).toBeDefined();
      expect(d.hint.length).toBeGreaterThan(10);
      expect(policies.policies.map((p) => p.name)).toContain(d.policy);
    }
  });
});
