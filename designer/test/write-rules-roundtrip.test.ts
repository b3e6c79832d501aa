import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Role, SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { compile, decompile } from '../src/compiler';
import type { DesignerDocument } from '../src/graph/types';
import { grantSummary, writeParts } from '../src/inspector/edges/grant-summary';
import { restrategise, withUnit } from '../src/inspector/kinds/rule-unit';

const base = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const item: Entity = {
  name: 'Item',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: true },
    { name: 'title', type: 'string', minLength: 1, maxLength: 200, fixed: true },
    { name: 'code', type: 'string', pattern: '[A-Z]{2}-[0-9]{3}' },
    { name: 'owner', type: 'string' },
    { name: 'createdBy', type: 'string', fixed: true },
    { name: 'done', type: 'boolean' },
    { name: 'status', type: 'enum', values: ['open', 'in_progress', 'closed'] },
    { name: 'tags', type: 'string-set', minItems: 1, maxItems: 5, conflict: { strategy: 'set-union' } },
  ],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'server-wins', unit: 'record' },
};

const permit: Entity = {
  ...item,
  name: 'Permit',
  fields: item.fields.filter((f) => f.name !== 'tags'),
  conflict: { strategy: 'manual', unit: 'record', interim: 'server', prompt: 'Someone changed this permit.' },
};

const doer: Role = {
  name: 'doer',
  permissions: [
    { entity: 'Item', actions: ['read', 'update'], writableFields: ['done'] },
    {
      entity: 'Item',
      actions: ['create', 'update', 'delete'],
      fixedFields: ['owner'],
      scope: { field: 'owner', op: 'eq', param: 'user.id' },
      before: { field: 'status', op: 'eq', value: 'open' },
      after: { field: 'status', op: 'in', value: ['open', 'in_progress'] },
    },
    { entity: 'Permit', actions: ['read', 'update'], hiddenFields: ['code'] },
  ],
};

/** Field service with two entities that use every write-rule option, and a role with two grants on one. */
const spec: SyncSpec = { ...base, entities: [...base.entities, item, permit], roles: [...base.roles, doer] };

const grantsOf = (doc: DesignerDocument, role: string, entity: string) => {
  const id = (kind: string, name: string) =>
    doc.nodes.find((n) => n.kind === kind && 'name' in n.data && n.data.name === name)?.id;
  return doc.edges.filter(
    (e) => e.kind === 'permission' && e.source === id('role', role) && e.target === id('entity', entity),
  );
};

describe('write rules in the designer', () => {
  it('draws per-grant limits, fixed fields, conditions, value constraints and record rules, and compiles them back exactly', () => {
    const doc = decompile(spec);
    const grants = grantsOf(doc, 'doer', 'Item');
    expect(grants.map((g) => g.data)).toEqual([
      { actions: ['read', 'update'], writableFields: ['done'] },
      {
        actions: ['create', 'update', 'delete'],
        fixedFields: ['owner'],
        scope: { field: 'owner', op: 'eq', param: 'user.id' },
        before: { field: 'status', op: 'eq', value: 'open' },
        after: { field: 'status', op: 'in', value: ['open', 'in_progress'] },
      },
    ]);
    const result = compile(doc);
    expect(result.diagnostics).toEqual([]);
    expect(result.spec).toStrictEqual(spec);
    // Document → spec → document: the same drawing again.
    const again = decompile(result.spec!);
    expect(again.edges.map((e) => e.data)).toEqual(doc.edges.map((e) => e.data));
    expect(again.nodes.map((n) => n.data)).toEqual(doc.nodes.map((n) => n.data));
  });

  it('an edit of one grant in the drawing changes that grant alone in the spec', () => {
    const doc = decompile(spec);
    const [, second] = grantsOf(doc, 'doer', 'Item');
    const edited: DesignerDocument = {
      ...doc,
      edges: doc.edges.map((e) => {
        if (e.id !== second?.id || e.kind !== 'permission') return e;
        const { before: _dropped, ...rest } = e.data;
        return { ...e, data: { ...rest, fixedFields: ['owner', 'createdBy'] } };
      }),
    };
    const permissions = compile(edited).spec?.roles.find((r) => r.name === 'doer')?.permissions;
    expect(permissions?.[0]).toEqual(doer.permissions[0]);
    expect(permissions?.[1]).toMatchObject({ fixedFields: ['owner', 'createdBy'] });
    expect(permissions?.[1]).not.toHaveProperty('before');
  });

  it('reports lint findings on drawn write rules where they were drawn', () => {
    const doc = decompile({
      ...spec,
      roles: [
        ...base.roles,
        {
          name: 'doer',
          permissions: [
            { entity: 'Item', actions: ['read', 'create', 'update'] },
            { entity: 'Item', actions: ['create'], before: { field: 'status', op: 'eq', value: 'open' } },
          ],
        },
      ],
    });
    const codes = compile(doc).diagnostics.map((d) => `${d.code} ${d.pointer}`);
    expect(codes).toContain('SPEC172 /roles/2/permissions/1/before');
    expect(codes).toContain('SPEC171 /roles/2/permissions/1');
  });

  it('summarises a grant in words and offers only the conditions its actions use', () => {
    expect(grantSummary(doer.permissions[0]!)).toBe('read, update · may change: done');
    expect(grantSummary(doer.permissions[1]!)).toBe(
      'create, update, delete · some records · condition before · condition after · fixed: owner',
    );
    expect(writeParts(['create'])).toEqual({ before: false, after: true, fixed: false });
    expect(writeParts(['read', 'delete'])).toEqual({ before: true, after: false, fixed: false });
  });

  it('switches a rule between field by field and whole record, keeping the unit where it applies', () => {
    const record = withUnit({ strategy: 'server-wins' }, 'record');
    expect(record).toEqual({ strategy: 'server-wins', unit: 'record' });
    expect(withUnit(record, 'field')).toEqual({ strategy: 'server-wins' });
    expect(restrategise(record, 'manual')).toEqual({ strategy: 'manual', unit: 'record', interim: 'server' });
    expect(restrategise(record, 'last-writer-wins')).toEqual({ strategy: 'last-writer-wins' });
    expect(withUnit({ strategy: 'manual', interim: 'last-writer-wins' }, 'record')).toEqual({
      strategy: 'manual',
      interim: 'server',
      unit: 'record',
    });
  });
});
