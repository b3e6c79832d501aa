import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { compile, decompile, ownerOf } from '../src/compiler';
import type { DesignerDocument } from '../src/graph/types';
import { blankDocument } from '../src/store/blank';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const without = (doc: DesignerDocument, pred: (e: DesignerDocument['edges'][number]) => boolean) => ({
  ...doc,
  edges: doc.edges.filter((e) => !pred(e)),
});

describe('compiler diagnostics', { timeout: 30_000 }, () => {
  it('a blank app asks for a first entity and role, and compiles no spec yet', () => {
    const result = compile(blankDocument());
    expect(result.spec).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.pointer, d.message])).toEqual([
      ['/entities', 'The app has no entity yet.'],
      ['/roles', 'The app has no role yet.'],
    ]);
  });

  it('an entity without a priority edge is reported on the entity, in words', () => {
    const doc = decompile(template);
    const job = doc.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Job')!;
    const result = compile(without(doc, (e) => e.kind === 'priority' && e.source === job.id));
    const finding = result.diagnostics.find((d) => d.pointer === '/entities/1/sync/priority');
    expect(finding?.message).toBe('Entity “Job” has no sync priority.');
    expect(ownerOf(result.owners, finding!.pointer)).toEqual({ type: 'node', id: job.id });
    expect(result.spec).toBeUndefined();
    // The schema's own "missing property" for the same place is not repeated.
    expect(
      result.diagnostics.filter((d) => d.code === 'SPEC010' && d.pointer.startsWith('/entities/1/sync')),
    ).toHaveLength(1);
  });

  it('an entity without a rule, and two initial states, are both reported', () => {
    const doc = decompile(template);
    const site = doc.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Site')!;
    const cut = without(doc, (e) => e.kind === 'rule' && e.target === site.id && e.data.field === undefined);
    const twoInitial = {
      ...cut,
      nodes: cut.nodes.map((n) =>
        n.kind === 'offlineState' ? { ...n, data: { ...n.data, initial: true } } : n,
      ),
    };
    const messages = compile(twoInitial).diagnostics.map((d) => d.message);
    expect(messages).toContain('Entity “Site” has no conflict rule.');
    expect(messages).toContain('5 offline states are marked as the initial state.');
  });

  it('a rule on a field that no longer exists is reported on its edge', () => {
    const doc = decompile(template);
    const job = doc.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Job')!;
    const edited: DesignerDocument = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.id === job.id && n.kind === 'entity'
          ? { ...n, data: { ...n.data, fields: n.data.fields.filter((f) => f.name !== 'notes') } }
          : n,
      ),
    };
    const result = compile(edited);
    const finding = result.diagnostics.find((d) => d.message.includes('“notes”'));
    expect(finding?.pointer).toBe('/entities/1');
  });

  it('lint findings of meaning point at the node that caused them', () => {
    const doc = decompile(template);
    const role = doc.nodes.find((n) => n.kind === 'role')!;
    const edge = doc.edges.find((e) => e.kind === 'permission' && e.source === role.id)!;
    const broken: DesignerDocument = {
      ...doc,
      edges: doc.edges.map((e) =>
        e.id === edge.id && e.kind === 'permission'
          ? { ...e, data: { ...e.data, writableFields: ['noSuchField'] } }
          : e,
      ),
    };
    const result = compile(broken);
    const finding = result.diagnostics.find((d) => d.pointer.startsWith('/roles/0/permissions/0'));
    expect(finding).toBeDefined();
    expect(ownerOf(result.owners, finding!.pointer)).toEqual({ type: 'edge', id: edge.id });
  });
});

describe('unconnected nodes', { timeout: 30_000 }, () => {
  it('warns about a rule or scope that reaches no entity, naming the node', () => {
    const doc = blankDocument();
    const withLoose: DesignerDocument = {
      ...doc,
      nodes: [
        ...doc.nodes,
        { id: 'r1', kind: 'conflictRule', position: { x: 0, y: 0 }, data: { rule: { strategy: 'max' } } },
        { id: 's1', kind: 'scope', position: { x: 0, y: 0 }, data: { condition: { role: 'admin' } } },
      ],
    };
    const warnings = compile(withLoose).diagnostics.filter(
      (d) => d.severity === 'warning' && d.nodeId !== undefined,
    );
    expect(warnings.map((d) => d.nodeId).sort()).toEqual(['r1', 's1']);
    expect(warnings[0]?.message).toMatch(/not connected to an entity/);
  });
});
