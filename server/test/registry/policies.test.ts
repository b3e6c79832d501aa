import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from '../../src/registry/policies/evaluate';
import { loadPolicies, PolicyFileError, parsePolicies } from '../../src/registry/policies/parse';
import { POLICY_KINDS, type Policy, type PolicySet } from '../../src/registry/policies/types';
import { fieldService } from './harness';

const defaultFile = fileURLToPath(new URL('../../../templates/policies/default.json', import.meta.url));

/** A policy written without its severity (defaults to error), one kind at a time. */
type Loose<P> = P extends Policy ? Omit<P, 'severity'> & { severity?: 'error' | 'warning' } : never;

function only(policy: Loose<Policy>): PolicySet {
  return { source: 'test', policies: [{ severity: 'error', ...policy } as Policy] };
}

function edited(change: (spec: SyncSpec) => void): SyncSpec {
  const spec = fieldService();
  change(spec);
  return spec;
}

const entity = (spec: SyncSpec, name: string) => spec.entities.find((e) => e.name === name)!;

describe('policy file', () => {
  it('loads the example file with every kind of policy', async () => {
    const set = await loadPolicies(defaultFile);
    expect(set.source).toBe(defaultFile);
    expect(new Set(set.policies.map((p) => p.kind))).toEqual(new Set(POLICY_KINDS));
  });

  it('the field-service template complies with the example policies, with one retention warning', async () => {
    const set = await loadPolicies(defaultFile);
    const result = check(fieldService());
    expect(result.valid).toBe(true);
    expect(evaluatePolicies(result.spec!, set)).toEqual([
      expect.objectContaining({
        policy: 'retention-90-days',
        severity: 'warning',
        pointer: '/entities/0/offline',
      }),
    ]);
  });

  it('reports every problem of a bad file with a pointer', () => {
    const result = parsePolicies({
      version: 2,
      policies: [
        { name: 'Bad Name', kind: 'require-owner' },
        { name: 'x', kind: 'run-script', code: 'rm -rf /' },
        { name: 'r', kind: 'max-retention', maxDays: -3, colour: 'red' },
        { name: 's', kind: 'forbid-strategy-on-priority', strategies: ['yolo'], priorities: ['critical'] },
        { name: 'd', kind: 'require-scope', minPriority: 'urgent', severity: 'fatal' },
        { name: 'd', kind: 'require-owner' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const pointers = result.problems.map((p) => p.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/version',
        '/policies/0/name',
        '/policies/1/kind',
        '/policies/2/maxDays',
        '/policies/2/colour',
        '/policies/3/strategies/0',
        '/policies/4/minPriority',
        '/policies/4/severity',
      ]),
    );
    const kindProblem = result.problems.find((p) => p.pointer === '/policies/1/kind')!;
    expect(kindProblem.hint).toContain('encrypt-tagged-fields');
  });

  it('refuses forbidden keys, duplicate names and a missing list', () => {
    const poisoned = parsePolicies(
      JSON.parse('{"version":1,"policies":[{"name":"a","kind":"require-owner","__proto__":{}}]}'),
    );
    expect(poisoned.ok).toBe(false);
    if (!poisoned.ok) expect(poisoned.problems[0]!.pointer).toBe('/policies/0/__proto__');
    const twice = parsePolicies({
      version: 1,
      policies: [
        { name: 'a', kind: 'require-owner' },
        { name: 'a', kind: 'require-rule-description' },
      ],
    });
    expect(twice.ok === false && twice.problems[0]!.pointer).toBe('/policies/1/name');
    const missing = parsePolicies({ version: 1 });
    expect(missing.ok === false && missing.problems[0]!.pointer).toBe('/policies');
    expect(parsePolicies([]).ok).toBe(false);
  });

  it('names the file and the place when loading fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syncraft-policies-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1, "policies": [ {"name": "a", "kind": "max-batch-size"} ]}');
    const error = await loadPolicies(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyFileError);
    expect((error as PolicyFileError).message).toContain(broken);
    expect((error as PolicyFileError).problems[0]!.pointer).toBe('/policies/0/max');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ version: 1 }');
    await expect(loadPolicies(notJson)).rejects.toThrow(/Not valid JSON/);
    await expect(loadPolicies(join(dir, 'absent.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('policy kinds', () => {
  it('encrypt-tagged-fields flags a tagged field stored unencrypted, not one on an online-only entity', () => {
    const policy = only({ name: 'enc', kind: 'encrypt-tagged-fields', tags: ['personal-data'] });
    const spec = edited((s) => {
      entity(s, 'Site').offline.encrypt = ['accessCode'];
    });
    expect(evaluatePolicies(spec, policy)).toEqual([
      expect.objectContaining({
        code: 'POLICY',
        policy: 'enc',
        pointer: '/entities/0/fields/4',
        severity: 'error',
      }),
    ]);
    const online = edited((s) => {
      entity(s, 'Site').offline = { availability: 'online-only' };
    });
    expect(evaluatePolicies(online, policy)).toEqual([]);
  });

  it('forbid-strategy-on-priority checks entity and field rules of the listed priorities only', () => {
    const policy = only({
      name: 'no-cw',
      kind: 'forbid-strategy-on-priority',
      strategies: ['client-wins'],
      priorities: ['critical'],
    });
    const spec = edited((s) => {
      const job = entity(s, 'Job');
      job.fields.find((f) => f.name === 'title')!.conflict = { strategy: 'client-wins', description: 'x' };
      entity(s, 'Site').conflict = { strategy: 'client-wins', description: 'normal priority: allowed' };
    });
    expect(evaluatePolicies(spec, policy).map((d) => d.pointer)).toEqual([
      '/entities/1/fields/1/conflict/strategy',
    ]);
  });

  it('max-retention flags a longer retention and a missing one, for the listed entities', () => {
    const policy = only({ name: 'ret', kind: 'max-retention', maxDays: 14 });
    const findings = evaluatePolicies(fieldService(), policy);
    expect(findings.map((d) => d.pointer)).toEqual([
      '/entities/0/offline',
      '/entities/1/offline/retention',
      '/entities/2/offline/retention',
    ]);
    const onlyVisit = only({ name: 'ret', kind: 'max-retention', maxDays: 30, entities: ['Visit'] });
    expect(evaluatePolicies(fieldService(), onlyVisit)).toEqual([]);
  });

  it('require-rule-description flags rules without a description', () => {
    const spec = edited((s) => {
      entity(s, 'Visit').conflict = { strategy: 'last-writer-wins' };
      entity(s, 'Job').fields.find((f) => f.name === 'completedAt')!.conflict = {
        strategy: 'max',
        description: '  ',
      };
    });
    const findings = evaluatePolicies(spec, only({ name: 'why', kind: 'require-rule-description' }));
    expect(findings.map((d) => d.pointer)).toEqual(['/entities/1/fields/7/conflict', '/entities/2/conflict']);
  });

  it('require-scope flags unscoped entities at or above the priority', () => {
    const spec = edited((s) => {
      delete entity(s, 'Visit').offline.scope;
    });
    expect(
      evaluatePolicies(spec, only({ name: 'sc', kind: 'require-scope', minPriority: 'high' })).map(
        (d) => d.pointer,
      ),
    ).toEqual(['/entities/2/offline']);
    expect(
      evaluatePolicies(spec, only({ name: 'sc', kind: 'require-scope', minPriority: 'critical' })),
    ).toEqual([]);
    expect(
      evaluatePolicies(spec, only({ name: 'sc', kind: 'require-scope', minPriority: 'low' })).map(
        (d) => d.pointer,
      ),
    ).toEqual(['/entities/0/offline', '/entities/2/offline']);
  });

  it('max-batch-size flags larger batches', () => {
    const findings = evaluatePolicies(fieldService(), only({ name: 'b', kind: 'max-batch-size', max: 100 }));
    expect(findings.map((d) => d.pointer)).toEqual(['/entities/0/sync/batchSize']);
    expect(findings[0]!.message).toContain('200');
  });

  it('forbid-availability flags entities by availability, narrowed by tags', () => {
    const all = evaluatePolicies(
      fieldService(),
      only({ name: 'av', kind: 'forbid-availability', availability: ['read-write'] }),
    );
    expect(all.map((d) => d.pointer)).toEqual([
      '/entities/1/offline/availability',
      '/entities/2/offline/availability',
    ]);
    const tagged = evaluatePolicies(
      fieldService(),
      only({
        name: 'av',
        kind: 'forbid-availability',
        availability: ['read-write', 'read-only'],
        tags: ['personal-data'],
      }),
    );
    expect(tagged.map((d) => d.pointer)).toEqual([
      '/entities/0/offline/availability',
      '/entities/2/offline/availability',
    ]);
  });

  it('require-owner flags an app without an owner', () => {
    const spec = edited((s) => {
      delete s.app.owner;
    });
    expect(evaluatePolicies(spec, only({ name: 'own', kind: 'require-owner', severity: 'warning' }))).toEqual(
      [expect.objectContaining({ pointer: '/app', severity: 'warning', policy: 'own' })],
    );
    expect(evaluatePolicies(fieldService(), only({ name: 'own', kind: 'require-owner' }))).toEqual([]);
  });
});
