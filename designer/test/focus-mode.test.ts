import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { entityOfSelection, FocusDimmer, focusSet } from '../src/canvas/focus';
import { FlowEdgeCache, FlowNodeCache, nodeTags } from '../src/canvas/to-flow';
import { decompile } from '../src/compiler';
import { dockPlan } from '../src/compiler/layout-dock';
import type { DesignerDocument } from '../src/graph/types';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const doc = decompile(template);
const plan = dockPlan(doc);
const tags = nodeTags(doc.nodes, doc.edges);
const idOf = (d: DesignerDocument, name: string) =>
  d.nodes.find((n) => n.kind === 'entity' && n.data.name === name)!.id;
const named = (ids: Iterable<string>) =>
  [...ids].map((id) => {
    const n = doc.nodes.find((x) => x.id === id)!;
    return `${n.kind}:${n.kind === 'entity' || n.kind === 'role' ? n.data.name : (tags.get(id) ?? id)}`;
  });

describe('focus mode', () => {
  it('keeps the entity, its docked cards and every card one connection away', () => {
    const site = idOf(doc, 'Site');
    const focus = focusSet(doc, plan, site)!;
    const names = named(focus.nodes);
    expect(names).toContain('entity:Site');
    expect(names).toContain('conflictRule:Site');
    expect(names).toContain('entity:Job');
    expect(names).toContain('role:dispatcher');
    expect(names.some((n) => n.startsWith('priority:'))).toBe(true);
    expect(names).not.toContain('entity:Visit');
    expect(names).not.toContain('conflictRule:Job.status');
    for (const id of focus.edges) {
      const e = doc.edges.find((x) => x.id === id)!;
      expect(e.source === site || e.target === site).toBe(true);
    }
  });

  it('has nothing to focus on for an unknown entity or a non-entity', () => {
    expect(focusSet(doc, plan, 'nope')).toBeUndefined();
    const lane = doc.nodes.find((n) => n.kind === 'priority')!;
    expect(focusSet(doc, plan, lane.id)).toBeUndefined();
  });

  it('takes the entity from the selection: an entity, a docked card, or the edge a docked card replaces', () => {
    const job = idOf(doc, 'Job');
    const [rule] = plan.trays.get(job)!;
    expect(entityOfSelection(doc, plan, { nodes: [job], edges: [] })).toBe(job);
    expect(entityOfSelection(doc, plan, { nodes: [rule!], edges: [] })).toBe(job);
    expect(entityOfSelection(doc, plan, { nodes: [], edges: [plan.docks.get(rule!)!.edge] })).toBe(job);
    expect(entityOfSelection(doc, plan, { nodes: [job, idOf(doc, 'Site')], edges: [] })).toBeUndefined();
    const role = doc.nodes.find((n) => n.kind === 'role')!;
    expect(entityOfSelection(doc, plan, { nodes: [role.id], edges: [] })).toBeUndefined();
  });

  it('dims the rest, cannot select or drag it, and keeps the dimmed copies from render to render', () => {
    const focus = focusSet(doc, plan, idOf(doc, 'Site'))!;
    const nodes = new FlowNodeCache().build(doc.nodes, new Set(), {}, tags, plan);
    const edges = new FlowEdgeCache().build(doc.edges, new Set(), plan.hiddenEdges);
    const dimmer = new FocusDimmer();
    const first = dimmer.dimNodes(nodes, focus);
    for (const n of first) {
      if (focus.nodes.has(n.id)) expect(n).toBe(nodes.find((x) => x.id === n.id));
      else
        expect(n).toMatchObject({
          selectable: false,
          draggable: false,
          focusable: false,
          className: expect.stringContaining('sc-dim'),
        });
    }
    expect(dimmer.dimNodes(nodes, focus)).toEqual(first);
    const again = dimmer.dimNodes(nodes, focus);
    for (const [i, n] of again.entries()) expect(n).toBe(first[i]);
    const dimEdges = dimmer.dimEdges(edges, focus);
    expect(dimEdges.filter((e) => e.data?.dim).length).toBe(
      edges.filter((e) => !focus.edges.has(e.id)).length,
    );
    expect(dimEdges.some((e) => !e.data?.dim)).toBe(true);
    expect(dimmer.dimNodes(nodes, undefined)).toBe(nodes);
  });
});
