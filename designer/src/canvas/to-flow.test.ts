import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { decompile } from '../compiler';
import { applyCommand } from '../store/commands';
import { FlowNodeCache, nodeTags } from './to-flow';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

describe('flow node data stays the same object when the card would look the same', () => {
  it('a moved node gets a new flow node with the new position but keeps its data', () => {
    const doc = decompile(template);
    const cache = new FlowNodeCache();
    const none = new Set<string>();
    const before = cache.build(doc.nodes, none, {}, nodeTags(doc.nodes, doc.edges));
    const id = doc.nodes[0]!.id;
    const moved = applyCommand(doc, { type: 'moveNodes', positions: { [id]: { x: 90, y: 40 } } });
    const after = cache.build(moved.nodes, none, {}, nodeTags(moved.nodes, moved.edges));
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.position).toEqual({ x: 90, y: 40 });
    expect(after[0]?.data).toBe(before[0]?.data);
  });

  it('sizes arriving for every node keep every data object', () => {
    const doc = decompile(template);
    const cache = new FlowNodeCache();
    const tags = nodeTags(doc.nodes, doc.edges);
    const before = cache.build(doc.nodes, new Set(), {}, tags);
    const sizes = Object.fromEntries(doc.nodes.map((n) => [n.id, { width: 200, height: 80 }]));
    const after = cache.build(doc.nodes, new Set(), sizes, tags);
    expect(after.every((n, i) => n !== before[i] && n.data === before[i]?.data)).toBe(true);
    expect(after[0]?.measured).toEqual({ width: 200, height: 80 });
  });

  it('an edited node gets new data carrying the edited graph node', () => {
    const doc = decompile(template);
    const cache = new FlowNodeCache();
    const tags = nodeTags(doc.nodes, doc.edges);
    const before = cache.build(doc.nodes, new Set(), {}, tags);
    const entity = doc.nodes.find((n) => n.kind === 'entity')!;
    const edited = { ...entity, data: { ...entity.data, description: 'Edited' } };
    const nodes = doc.nodes.map((n) => (n.id === entity.id ? edited : n));
    const after = cache.build(nodes, new Set(), {}, tags);
    const index = nodes.indexOf(edited);
    expect(after[index]?.data).not.toBe(before[index]?.data);
    expect(after[index]?.data.graph).toBe(edited);
  });
});
