import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { compile, decompile } from '../src/compiler';
import type { DesignerDocument } from '../src/graph/types';
import { applyChoices, currentChoices, reachOptions } from '../src/who-gets-what/plan';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

/** The template without any technician grants: a role to configure from nothing. */
function withBareRole(): { doc: DesignerDocument; role: string } {
  const doc = decompile(template);
  const role = doc.nodes.find((n) => n.kind === 'role' && n.data.name === 'technician')!.id;
  return {
    doc: { ...doc, edges: doc.edges.filter((e) => !(e.kind === 'permission' && e.source === role)) },
    role,
  };
}
const entityId = (doc: DesignerDocument, name: string) =>
  doc.nodes.find((n) => n.kind === 'entity' && n.data.name === name)!.id;

describe('who gets what offline', () => {
  it('knows what "mine" and "my team\'s" mean per entity, through the relation when the entity has no owner', () => {
    const { doc } = withBareRole();
    expect(reachOptions(doc, entityId(doc, 'Job')).mine).toEqual({
      field: 'assigneeId',
      op: 'eq',
      param: 'user.id',
    });
    expect(reachOptions(doc, entityId(doc, 'Job')).team?.condition).toEqual({
      field: 'region',
      op: 'eq',
      param: 'region',
    });
    expect(reachOptions(doc, entityId(doc, 'Visit')).mine).toEqual({
      field: 'technicianId',
      op: 'eq',
      param: 'user.id',
    });
    // Without a field of its own, a visit is mine when its job is.
    const noOwner = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.kind === 'entity' && n.data.name === 'Visit'
          ? { ...n, data: { ...n.data, fields: n.data.fields.filter((f) => f.name !== 'technicianId') } }
          : n,
      ),
    };
    expect(reachOptions(noOwner, entityId(doc, 'Visit')).mine).toEqual({
      related: 'job',
      where: { field: 'assigneeId', op: 'eq', param: 'user.id' },
    });
    expect(reachOptions(doc, entityId(doc, 'Site'))).toEqual({});
  });

  it('draws the grants from the choices, and the spec says exactly that', () => {
    const { doc, role } = withBareRole();
    const next = applyChoices(doc, role, [
      { entity: 'Job', reach: 'mine', edit: true },
      { entity: 'Visit', reach: 'mine', edit: true },
      { entity: 'Site', reach: 'all', edit: false },
    ]);
    const result = compile(next);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const technician = result.spec!.roles.find((r) => r.name === 'technician')!;
    expect(technician.permissions).toEqual([
      {
        entity: 'Job',
        actions: ['read', 'create', 'update'],
        scope: { field: 'assigneeId', op: 'eq', param: 'user.id' },
      },
      {
        entity: 'Visit',
        actions: ['read', 'create', 'update'],
        scope: { field: 'technicianId', op: 'eq', param: 'user.id' },
      },
      { entity: 'Site', actions: ['read'] },
    ]);
    expect(currentChoices(next, role)).toEqual([
      { entity: 'Site', reach: 'all', edit: false },
      { entity: 'Job', reach: 'mine', edit: true },
      { entity: 'Visit', reach: 'mine', edit: true },
    ]);
  });

  it('a team reach declares the parameter it compares with; "nothing" removes the grants', () => {
    const { doc, role } = withBareRole();
    const bare = { ...doc, parameters: [] };
    const team = applyChoices(bare, role, [{ entity: 'Job', reach: 'team', edit: false }]);
    expect(team.parameters.map((p) => p.name)).toEqual(['region']);
    const none = applyChoices(team, role, [{ entity: 'Job', reach: 'none', edit: false }]);
    expect(none.edges.filter((e) => e.kind === 'permission' && e.source === role)).toEqual([]);
  });

  it('keeps a grant as drawn when its reach did not change', () => {
    const doc = decompile(template);
    const role = doc.nodes.find((n) => n.kind === 'role' && n.data.name === 'technician')!.id;
    expect(applyChoices(doc, role, currentChoices(doc, role)).edges).toEqual(doc.edges);
  });
});
