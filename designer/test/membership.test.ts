import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Condition, SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../src/canvas/edges/edge-label';
import { compile, decompile } from '../src/compiler';
import {
  findMembership,
  membershipCondition,
  membershipOptions,
  optionOf,
  readMembership,
} from '../src/inspector/condition/membership';
import { relationModel } from '../src/inspector/condition/relation-choices';

const sharedLists = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/shared-lists.json'), 'utf8'),
) as SyncSpec;

describe('memberships drawn on a permission', { timeout: 30_000 }, () => {
  it('reads the membership form and writes it back the same', () => {
    const plain = { exists: 'ListMember', where: { field: 'userId', op: 'eq', param: 'user.id' } } as const;
    expect(readMembership(plain)).toEqual({ exists: 'ListMember', userField: 'userId', extra: [] });
    expect(membershipCondition(readMembership(plain)!)).toEqual(plain);
    const editors: Condition = {
      exists: 'ListMember',
      via: 'listId',
      where: {
        all: [
          { field: 'userId', op: 'eq', param: 'user.id' },
          { field: 'role', op: 'in', value: ['editor'] },
        ],
      },
    };
    expect(membershipCondition(readMembership(editors)!)).toEqual(editors);
    expect(readMembership({ exists: 'ListMember' })).toBeUndefined();
    expect(
      readMembership({ exists: 'ListMember', where: { field: 'role', op: 'eq', value: 'x' } }),
    ).toBeUndefined();
    expect(findMembership(sharedLists.roles[0]?.permissions[0]?.scope)?.exists).toBe('ListMember');
  });

  it('offers the entities that point at a record, user-like fields first', () => {
    const model = relationModel(decompile(sharedLists));
    const options = membershipOptions(model, 'List');
    expect(options.map((o) => [o.hop.target, o.userFields])).toEqual([
      ['ListMember', ['userId', 'id']],
      ['Todo', ['id', 'title']],
    ]);
    expect(optionOf(options, { exists: 'ListMember', userField: 'userId', extra: [] })?.hop.name).toBe(
      'members',
    );
  });

  it('compiles a permission granted by memberships to an exists scope and back, and labels its edge', () => {
    const doc = decompile(sharedLists);
    const edge = doc.edges.find(
      (e) => e.kind === 'permission' && e.data.actions.join() === 'create,update,delete',
    );
    if (edge?.kind !== 'permission') throw new Error('no List create permission in the template');
    const scope = membershipCondition({ exists: 'members', userField: 'userId', extra: [] });
    edge.data = { ...edge.data, scope };
    const { spec, diagnostics } = compile(doc);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const compiled = spec?.roles[0]?.permissions.find((p) => p.actions.join() === 'create,update,delete');
    expect(compiled?.scope).toEqual({
      exists: 'members',
      where: { field: 'userId', op: 'eq', param: 'user.id' },
    });
    const back = decompile(spec!).edges.find((e) => e.id === edge.id);
    expect(back?.data).toEqual(edge.data);
    expect(edgeLabel(edge)).toBe('create · update · delete · via members');
  });
});
