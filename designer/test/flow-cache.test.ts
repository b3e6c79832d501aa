import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { FlowEdgeCache, FlowNodeCache, nodeTags } from '../src/canvas/to-flow';
import { decompile } from '../src/compiler';
import { applyCommand } from '../src/store/commands';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

describe('canvas node and edge caches', { timeout: 30_000 }, () => {
  it('a drag frame rebuilds only the dragged node', () => {
    const doc = decompile(template);
    const cache = new FlowNodeCache();
    const none = new Set<string>();
    const before = cache.build(doc.nodes, none, {}, nodeTags(doc.nodes, doc.edges));
    const dragged = doc.nodes[0]!;
    const moved = applyCommand(doc, { type: 'moveNodes', positions: { [dragged.id]: { x: 500, y: 500 } } });
    const after = cache.build(moved.nodes, none, {}, nodeTags(moved.nodes, moved.edges));
    const rebuilt = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(rebuilt).toEqual([dragged.id]);
    expect(after[0]?.position).toEqual({ x: 500, y: 500 });
  });

  it('selecting a node rebuilds that node only, and edges keep their objects', () => {
    const doc = decompile(template);
    const nodes = new FlowNodeCache();
    const edges = new FlowEdgeCache();
    const tags = nodeTags(doc.nodes, doc.edges);
    const n1 = nodes.build(doc.nodes, new Set(), {}, tags);
    const e1 = edges.build(doc.edges, new Set());
    const n2 = nodes.build(doc.nodes, new Set([doc.nodes[2]!.id]), {}, tags);
    const e2 = edges.build(doc.edges, new Set());
    expect(n2.filter((n, i) => n !== n1[i]).map((n) => n.id)).toEqual([doc.nodes[2]!.id]);
    expect(e2.every((e, i) => e === e1[i])).toBe(true);
  });

  it('names rules and scopes after what they are attached to', () => {
    const doc = decompile(template);
    const tags = [...nodeTags(doc.nodes, doc.edges).values()];
    expect(tags).toEqual(expect.arrayContaining(['Job', 'Job.status', 'Job.notes', 'Site', 'Visit']));
  });

  it('points a field rule edge at the field handle', () => {
    const doc = decompile(template);
    const flow = new FlowEdgeCache().build(doc.edges, new Set());
    const fieldRule = doc.edges.find((e) => e.kind === 'rule' && e.data.field === 'status')!;
    expect(flow.find((e) => e.id === fieldRule.id)?.targetHandle).toBe('field:status');
  });
});
