import { describe, expect, it } from 'vitest';
import { diffFromNothing, resolvePointer } from '../../src/spec';
import { template } from './fixtures';

describe('a first version diffed from nothing', () => {
  const spec = template();
  const changes = diffFromNothing(spec);

  it('lists every entity and every field of it as added', () => {
    for (const entity of spec.entities) {
      expect(changes.filter((c) => c.kind === 'entity-added' && c.entity === entity.name)).toHaveLength(1);
      const fields = changes.filter((c) => c.kind === 'field-added' && c.entity === entity.name);
      expect(fields.map((c) => (c.kind === 'field-added' ? c.field : ''))).toEqual(
        entity.fields.map((f) => f.name),
      );
    }
  });

  it('lists every role and each of its grants, a grant that writes rated high', () => {
    for (const role of spec.roles) {
      expect(changes.some((c) => c.kind === 'role-added' && c.role === role.name)).toBe(true);
      const grants = changes.filter((c) => c.kind === 'permission-added' && c.role === role.name);
      expect(grants).toHaveLength(role.permissions.length);
      for (const grant of grants) {
        if (grant.kind !== 'permission-added') continue;
        const index = Number(grant.pointer.split('/').pop());
        const permission = role.permissions[index];
        const writes = permission?.actions.some((a) => a !== 'read') ?? false;
        expect(grant.risk).toBe(writes ? 'high' : 'medium');
      }
    }
    expect(changes.some((c) => c.risk === 'high')).toBe(true);
  });

  it('lists the offline states and transitions, and breaks nothing', () => {
    expect(changes.filter((c) => c.kind === 'offline-state-added')).toHaveLength(
      spec.offlineStates.states.length,
    );
    expect(changes.filter((c) => c.kind === 'transition-added')).toHaveLength(
      spec.offlineStates.transitions.length,
    );
    expect(changes.filter((c) => c.breaking)).toEqual([]);
    expect(changes.some((c) => c.kind === 'app-changed')).toBe(false);
  });

  it('points each change at its place in the spec', () => {
    for (const change of changes) expect(resolvePointer(spec, change.pointer), change.pointer).toBeDefined();
  });
});
