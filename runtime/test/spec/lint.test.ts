import { describe, expect, it } from 'vitest';
import { check, type Diagnostic, diagnosticCatalogue, lint, resolvePointer, validate } from '../../src/spec';
import { entityOf, fieldOf, template } from './fixtures';
import { lintCases as cases, job, type Mutation } from './lint-cases';
import { speaksPlainly } from './well-formed';

function lintOf(mutate: Mutation): Diagnostic[] {
  const spec = template();
  mutate(spec);
  const structure = validate(spec);
  expect(structure.diagnostics).toEqual([]);
  return lint(spec);
}

describe('lint', () => {
  it('finds nothing in the field service template', () => {
    expect(lint(template())).toEqual([]);
  });

  it.each(cases)('reports %s', (_, mutate, code, pointer) => {
    const found = lintOf(mutate);
    expect(found.map((d) => `${d.code} ${d.pointer}`)).toContain(`${code} ${pointer}`);
    const d = found.find((x) => x.code === code && x.pointer === pointer)!;
    expect(d.severity).toBe(diagnosticCatalogue[d.code].severity);
    expect(d.message.length).toBeGreaterThan(20);
    expect(d.hint.length).toBeGreaterThan(10);
    expect(speaksPlainly(d.message), d.message).toBe(true);
    expect(speaksPlainly(d.hint), d.hint).toBe(true);
  });

  it('every reported pointer resolves inside the spec', () => {
    for (const [, mutate] of cases) {
      const spec = template();
      mutate(spec);
      for (const d of lint(spec))
        expect(resolvePointer(spec, d.pointer), `${d.code} ${d.pointer}`).toBeDefined();
    }
  });

  it('covers every lint code in the catalogue', () => {
    const tested = new Set(cases.map(([, , code]) => code));
    const lintCodes = Object.keys(diagnosticCatalogue).filter((c) => c.startsWith('SPEC1'));
    expect(lintCodes.filter((c) => !tested.has(c))).toEqual([]);
  });

  it('names the entity and field in words and suggests a close name', () => {
    const [d] = lintOf((s) => Object.assign(fieldOf(s, 'Job', 'siteId'), { entity: 'Sites' }));
    expect(d?.message).toContain('Entity “Job” › field “siteId”');
    expect(d?.hint).toContain('Did you mean “Site”?');
  });

  it('accepts field-merge on a json field, where it merges the object keys', () => {
    const found = lintOf((s) =>
      job(s).fields.push({ name: 'extra', type: 'json', conflict: { strategy: 'field-merge' } }),
    );
    expect(found).toEqual([]);
  });

  it('accepts a self-referencing cascade as a tree, not a cycle', () => {
    const found = lintOf((s) => {
      entityOf(s, 'Site').fields.push({ name: 'parentId', type: 'reference', entity: 'Site' });
      entityOf(s, 'Site').relations = [
        { name: 'parent', kind: 'many-to-one', entity: 'Site', field: 'parentId', onDelete: 'cascade' },
      ];
    });
    expect(found).toEqual([]);
  });

  it('accepts a list parameter with "in" and a role with any of several roles', () => {
    const found = lintOf((s) => {
      s.parameters!.push({ name: 'regions', type: 'string-list' });
      job(s).offline.scope = {
        any: [{ field: 'region', op: 'in', param: 'regions' }, { role: 'dispatcher' }],
      };
    });
    expect(found).toEqual([]);
  });

  it('accepts a string-set field "in" a list parameter, which matches when they share a member', () => {
    const found = lintOf((s) => {
      s.parameters!.push({ name: 'parts', type: 'string-list' });
      job(s).offline.scope = { field: 'partsUsed', op: 'in', param: 'parts' };
    });
    expect(found).toEqual([]);
  });

  it('accepts grants that each add something: a narrower scope with more fields, fixed fields', () => {
    const found = lintOf((s) => {
      s.roles[0]!.permissions.push({
        entity: 'Job',
        actions: ['update'],
        writableFields: ['title', 'status'],
        fixedFields: ['title'],
        scope: { field: 'status', op: 'eq', value: 'open' },
        before: { field: 'status', op: 'eq', value: 'open' },
      });
    });
    expect(found).toEqual([]);
  });

  it('lets a wildcard transition bring every state back online', () => {
    const found = lintOf((s) => {
      s.offlineStates.transitions = [
        { from: '*', event: 'connection-lost', to: 'offline' },
        { from: '*', event: 'connection-restored', to: 'online' },
        { from: 'online', event: 'sync-started', to: 'syncing' },
        { from: 'online', event: 'connection-metered', to: 'metered' },
        { from: 'online', event: 'battery-low', to: 'lowBattery' },
      ];
    });
    expect(found).toEqual([]);
  });
});

describe('check', () => {
  it('is valid with no diagnostics for a clean spec', () => {
    const result = check(template());
    expect(result).toEqual({ valid: true, spec: template(), diagnostics: [] });
  });

  it('stops at structure problems without linting', () => {
    const spec = template() as unknown as Record<string, unknown>;
    delete spec.retry;
    const result = check(spec);
    expect(result.valid).toBe(false);
    expect(result.spec).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SPEC010']);
  });

  it('is invalid when lint finds an error, and lists errors before warnings', () => {
    const spec = template();
    spec.retry.maxDelay = '1ms';
    fieldOf(spec, 'Job', 'title').conflict = { strategy: 'field-merge' };
    const result = check(spec);
    expect(result.valid).toBe(false);
    expect(result.spec).toBe(spec);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['SPEC150', 'error'],
      ['SPEC123', 'warning'],
    ]);
  });

  it('stays valid when lint finds only warnings', () => {
    const spec = template();
    fieldOf(spec, 'Job', 'title').conflict = { strategy: 'field-merge' };
    expect(check(spec).valid).toBe(true);
  });

  it('reads JSON text', () => {
    expect(check(JSON.stringify(template())).valid).toBe(true);
    expect(check('{ not json').diagnostics[0]?.code).toBe('SPEC001');
  });
});
