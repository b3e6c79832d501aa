import { describe, expect, it } from 'vitest';
import { compiledKinds } from '../src/compiler';
import { NODE_KINDS } from '../src/graph/types';
import { kindRegistry } from '../src/kinds/registry';
import { blankDocument } from '../src/store/blank';

describe('node kind registry', { timeout: 30_000 }, () => {
  it('defines exactly the node kinds of the graph model and of the compiler', () => {
    const kinds = [...NODE_KINDS].sort();
    expect(Object.keys(kindRegistry).sort()).toEqual(kinds);
    expect(Object.keys(compiledKinds).sort()).toEqual(kinds);
  });

  it('keys every definition by its own kind', () => {
    for (const [key, def] of Object.entries(kindRegistry)) expect(def.kind).toBe(key);
  });

  it('creates nodes of its own kind with a summary, except the fixed and single kinds that exist', () => {
    const doc = blankDocument();
    for (const def of Object.values(kindRegistry)) {
      const node = def.create(doc, { x: 10, y: 20 });
      if (def.kind === 'priority' || def.kind === 'retryPolicy') {
        expect(node).toBeUndefined();
        continue;
      }
      expect(node?.kind).toBe(def.kind);
      expect(node?.position).toEqual({ x: 10, y: 20 });
      const summary = (def.summary as (d: unknown) => string)(node?.data);
      expect(typeof summary).toBe('string');
    }
  });

  it('names new entities so they do not clash with existing ones', () => {
    const doc = blankDocument();
    const first = kindRegistry.entity.create(doc, { x: 0, y: 0 })!;
    const second = kindRegistry.entity.create({ ...doc, nodes: [...doc.nodes, first] }, { x: 0, y: 0 })!;
    expect(second.data.name).not.toBe(first.data.name);
  });
});
