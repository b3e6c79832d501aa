import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { FlowEdgeCache, FlowNodeCache, nodeTags } from '../src/canvas/to-flow';
import { compile, decompile, layout } from '../src/compiler';
import { DOCK_GAP, DOCK_HEIGHT, DOCK_INSET, dockPlan, trayHeight } from '../src/compiler/layout-dock';
import { estimateSize } from '../src/compiler/size';
import type { DesignerDocument, GraphEdge } from '../src/graph/types';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const entityId = (doc: DesignerDocument, name: string) =>
  doc.nodes.find((n) => n.kind === 'entity' && n.data.name === name)!.id;

describe('docking rules and scopes under their entity', { timeout: 30_000 }, () => {
  const doc = decompile(template);
  const plan = dockPlan(doc);
  const tags = nodeTags(doc.nodes, doc.edges);

  it('docks every rule and scope of field service, each under the entity it belongs to', () => {
    const attached = doc.nodes.filter((n) => n.kind === 'conflictRule' || n.kind === 'scope');
    expect(attached.length).toBeGreaterThan(0);
    for (const node of attached) expect(plan.docks.has(node.id), tags.get(node.id)).toBe(true);
    const hidden = doc.edges.filter((e) => e.kind === 'rule' || e.kind === 'scope').map((e) => e.id);
    expect([...plan.hiddenEdges].sort()).toEqual(hidden.sort());
  });

  it('puts the entity rule first, field rules in field order, the scope last', () => {
    const job = entityId(doc, 'Job');
    const order = (plan.trays.get(job) ?? []).map((id) => tags.get(id));
    expect(order).toEqual([
      'Job',
      'Job.status',
      'Job.completedAt',
      'Job.notes',
      'Job.minutesWorked',
      'Job.partsUsed',
      'Job',
    ]);
    const roles = (plan.trays.get(job) ?? []).map((id) => plan.docks.get(id)?.role);
    expect(roles[0]).toBe('rule');
    expect(roles.at(-1)).toBe('scope');
    expect(roles.slice(1, -1).every((r) => r === 'field-rule')).toBe(true);
  });

  it('leaves a rule shared by two entities free, with both its edges', () => {
    const visit = entityId(doc, 'Visit');
    const site = entityId(doc, 'Site');
    const shared: GraphEdge[] = [
      { id: 'shared-a', kind: 'rule', source: 'shared', target: visit, data: {} },
      { id: 'shared-b', kind: 'rule', source: 'shared', target: site, data: { field: 'name' } },
    ];
    const withShared: DesignerDocument = {
      ...doc,
      nodes: [
        ...doc.nodes,
        {
          id: 'shared',
          kind: 'conflictRule',
          position: { x: 0, y: 0 },
          data: { rule: { strategy: 'last-writer-wins' } },
        },
      ],
      edges: [...doc.edges, ...shared],
    };
    const p = dockPlan(withShared);
    expect(p.docks.has('shared')).toBe(false);
    expect(p.hiddenEdges.has('shared-a')).toBe(false);
    expect(p.hiddenEdges.has('shared-b')).toBe(false);
  });

  it('draws docked cards under their entity, following it when it moves, and hides their edges', () => {
    const job = entityId(doc, 'Job');
    const jobNode = doc.nodes.find((n) => n.id === job)!;
    const cache = new FlowNodeCache();
    const first = cache.build(doc.nodes, new Set(), {}, tags, plan);
    const tray = plan.trays.get(job)!;
    const height = estimateSize(jobNode).height;
    tray.forEach((id, slot) => {
      const flow = first.find((n) => n.id === id)!;
      expect(flow.type).toBe('docked');
      expect(flow.position).toEqual({
        x: jobNode.position.x + DOCK_INSET,
        y: jobNode.position.y + height + DOCK_GAP + slot * (DOCK_HEIGHT + DOCK_GAP),
      });
    });
    // The entity moves: its docked cards follow, everything else is the same object as before.
    const moved = doc.nodes.map((n) => (n.id === job ? { ...n, position: { x: 1000, y: 2000 } } : n));
    // The canvas works the plan out again for each change: unchanged docks still reuse their cards.
    const second = cache.build(moved, new Set(), {}, tags, dockPlan({ nodes: moved, edges: doc.edges }));
    const rule = second.find((n) => n.id === tray[0])!;
    expect(rule.position).toEqual({ x: 1000 + DOCK_INSET, y: 2000 + height + DOCK_GAP });
    expect(rule.data).toBe(first.find((n) => n.id === tray[0])!.data);
    const untouched = second.filter((n) => n.id !== job && !tray.includes(n.id));
    for (const n of untouched) expect(n).toBe(first.find((f) => f.id === n.id));
    // Selecting the hidden edge shows its docked card as selected.
    const edge = plan.docks.get(tray[1]!)!.edge;
    const third = cache.build(moved, new Set(), {}, tags, plan, new Set([edge]));
    expect(third.find((n) => n.id === tray[1])!.selected).toBe(true);
    const edges = new FlowEdgeCache().build(doc.edges, new Set(), plan.hiddenEdges);
    expect(edges.some((e) => plan.hiddenEdges.has(e.id))).toBe(false);
    expect(edges.length).toBe(doc.edges.length - plan.hiddenEdges.size);
  });

  it('lays entities out with room for what hangs under them, and the spec is unchanged', async () => {
    const laid = await layout(doc);
    expect(compile(laid).draft).toStrictEqual(template);
    const p = dockPlan(laid);
    for (const [id, dock] of p.docks) {
      const host = laid.nodes.find((n) => n.id === dock.host)!;
      const node = laid.nodes.find((n) => n.id === id)!;
      // The document keeps docked cards where they are drawn.
      expect(node.position.x).toBe(host.position.x + DOCK_INSET);
      expect(node.position.y).toBeGreaterThan(host.position.y);
      expect(node.position.y).toBeLessThan(
        host.position.y + estimateSize(host).height + trayHeight(p.trays.get(host.id)!.length),
      );
    }
  });
});
