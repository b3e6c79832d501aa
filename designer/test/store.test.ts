import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphNode } from '../src/graph/types';
import { entityKind } from '../src/kinds/entity';
import { createDesignerStore } from '../src/store';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

const entity = (id: string, name: string): GraphNode => ({
  id,
  kind: 'entity',
  position: { x: 0, y: 0 },
  data: {
    name,
    key: 'id',
    fields: [{ name: 'id', type: 'string', required: true }],
    offline: { availability: 'read-write' },
    sync: { direction: 'both' },
  },
});

const nodeNamed = (store: ReturnType<typeof createDesignerStore>, name: string) =>
  store.getState().document.nodes.find((n) => n.kind === 'entity' && n.data.name === name);

afterEach(() => {
  vi.useRealTimers();
});

describe('designer store', { timeout: 30_000 }, () => {
  it('undo and redo revert and replay an added node', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    const before = store.getState().document;
    store.getState().addNode(entity('e1', 'Job'));
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().undoLabel).toBe('add entity');
    store.getState().undo();
    expect(store.getState().document).toBe(before);
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(nodeNamed(store, 'Job')).toBeDefined();
  });

  it('edits with the same merge key become one undo step', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    store.getState().addNode(entity('e1', 'J'));
    const node = nodeNamed(store, 'J')!;
    if (node.kind !== 'entity') throw new Error('expected an entity');
    for (const name of ['Jo', 'Job', 'Jobs']) {
      store
        .getState()
        .dispatch({ type: 'setNodeData', id: 'e1', data: { ...node.data, name } }, { mergeKey: 'e1.name' });
    }
    expect(nodeNamed(store, 'Jobs')).toBeDefined();
    store.getState().undo();
    expect(nodeNamed(store, 'J')).toBeDefined();
  });

  it('a drag is one undo step and does not recompile the spec', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    store.getState().addNode(entity('e1', 'Job'));
    const compiled = store.getState().compiled;
    for (let x = 1; x <= 5; x++) store.getState().moveNodes({ e1: { x: x * 10, y: 0 } }, true);
    store.getState().moveNodes({ e1: { x: 60, y: 0 } }, false);
    expect(store.getState().compiled).toBe(compiled);
    expect(store.getState().document.nodes.find((n) => n.id === 'e1')?.position).toEqual({ x: 60, y: 0 });
    store.getState().undo();
    expect(store.getState().document.nodes.find((n) => n.id === 'e1')?.position).toEqual({ x: 0, y: 0 });
  });

  it('recompiles once after a burst of edits, after the debounce delay', () => {
    vi.useFakeTimers();
    const store = createDesignerStore(undefined, { compileDelayMs: 100 });
    const first = store.getState().compiled;
    store.getState().addNode(entity('e1', 'A'));
    store.getState().addNode(entity('e2', 'B'));
    expect(store.getState().compiled).toBe(first);
    vi.advanceTimersByTime(100);
    const next = store.getState().compiled;
    expect(next).not.toBe(first);
    expect(next.issues.e1?.errors).toBeGreaterThan(0);
  });

  it('loading a template compiles back to the template and is one undo step', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    const result = await store.getState().loadSpec(template);
    expect(result).toEqual({ ok: true });
    expect(store.getState().compiled.spec).toStrictEqual(template);
    expect(store.getState().compiled.diagnostics).toEqual([]);
    store.getState().undo();
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().compiled.spec).toBeUndefined();
  });

  it('refuses a spec that references a missing entity and says where', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    const broken = structuredClone(template);
    broken.roles[0]!.permissions[0]!.entity = 'Ghost';
    const result = await store.getState().loadSpec(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]?.pointer).toBe('/roles/0/permissions/0/entity');
    expect(store.getState().canUndo).toBe(false);
  });

  it('JSON that does not parse leaves the canvas as it was and explains why', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const doc = store.getState().document;
    const result = store.getState().applySpecJson('{ "specVersion": 1, ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.code).toBe('SPEC001');
    expect(store.getState().document).toBe(doc);
  });

  it('a JSON edit keeps ids and positions of unchanged nodes and places new ones', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const job = nodeNamed(store, 'Job')!;
    const edited = structuredClone(template);
    edited.entities.push({ ...structuredClone(template.entities[0]!), name: 'Depot' });
    expect(store.getState().applySpecJson(JSON.stringify(edited))).toEqual({ ok: true });
    const after = nodeNamed(store, 'Job')!;
    expect(after.id).toBe(job.id);
    expect(after.position).toEqual(job.position);
    expect(nodeNamed(store, 'Depot')).toBeDefined();
    expect(store.getState().compiled.spec).toStrictEqual(edited);
    store.getState().undo();
    expect(nodeNamed(store, 'Depot')).toBeUndefined();
  });

  it('re-applying the JSON the canvas compiled to is not an edit', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const doc = store.getState().document;
    store.getState().applySpecJson(JSON.stringify(store.getState().compiled.spec));
    expect(store.getState().document).toBe(doc);
  });

  it('focusing a diagnostic pointer selects the node that owns it', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    store.getState().focus('/entities/1/fields/5/conflict/order');
    const { selection, focusRequest, document } = store.getState();
    const rule = document.nodes.find((n) => n.id === selection.nodes[0]);
    expect(rule?.kind).toBe('conflictRule');
    expect(focusRequest?.nodeId).toBe(rule?.id);
    store.getState().focus('/entities/1/relations/0/onDelete');
    expect(store.getState().selection.edges).toHaveLength(1);
    store.getState().focus('/app/name');
    expect(store.getState().selection).toEqual({ nodes: [], edges: [] });
  });

  it('deleting a node deletes its edges, but priority lanes stay', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const site = nodeNamed(store, 'Site')!;
    const lane = store.getState().document.nodes.find((n) => n.kind === 'priority')!;
    store.getState().select({ nodes: [site.id, lane.id] });
    store.getState().deleteSelection();
    const { document } = store.getState();
    expect(document.nodes.some((n) => n.id === site.id)).toBe(false);
    expect(document.nodes.some((n) => n.id === lane.id)).toBe(true);
    expect(document.edges.some((e) => e.source === site.id || e.target === site.id)).toBe(false);
  });

  it('pasting an entity gives it a new id and a free name', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    store.getState().addNode(entity('e1', 'Job'));
    store.getState().select({ nodes: ['e1'] });
    store.getState().copySelection();
    store.getState().paste();
    const copy = nodeNamed(store, 'Job2');
    expect(copy).toBeDefined();
    expect(copy?.id).not.toBe('e1');
    expect(store.getState().selection.nodes).toEqual([copy?.id]);
  });

  it('two stores never share state', () => {
    const a = createDesignerStore(undefined, { compileDelayMs: 0 });
    const b = createDesignerStore(undefined, { compileDelayMs: 0 });
    a.getState().addNode(entity('e1', 'Job'));
    expect(nodeNamed(b, 'Job')).toBeUndefined();
    expect(b.getState().canUndo).toBe(false);
  });

  it('restoring a saved document is not an undo step', () => {
    const a = createDesignerStore(undefined, { compileDelayMs: 0 });
    a.getState().addNode(entity('e1', 'Job'));
    const b = createDesignerStore(undefined, { compileDelayMs: 0 });
    b.getState().loadDocument(structuredClone(a.getState().document));
    expect(nodeNamed(b, 'Job')).toBeDefined();
    expect(b.getState().canUndo).toBe(false);
  });
});

describe('designer store badges', { timeout: 30_000 }, () => {
  it('counts a warning about an unconnected rule on that rule', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    store.getState().addNode({
      id: 'r1',
      kind: 'conflictRule',
      position: { x: 0, y: 0 },
      data: { rule: { strategy: 'max' } },
    });
    expect(store.getState().compiled.issues.r1).toEqual({ errors: 0, warnings: 1 });
  });
});

describe('restoring a saved drawing', { timeout: 30_000 }, () => {
  it('refuses a damaged drawing, says where, and keeps the current one', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    const before = store.getState().document;
    const damaged = { ...before, nodes: [{ id: 'x', kind: 'gadget', position: { x: 0, y: 0 }, data: {} }] };
    const result = store.getState().loadDocument(damaged as unknown as typeof before);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.pointer)).toContain('/nodes/0/kind');
    expect(store.getState().document).toBe(before);
  });

  it('refuses a drawing carrying a __proto__ key', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    const hostile = JSON.parse(
      '{"format":1,"app":{"__proto__":{"polluted":true}},"parameters":[],"nodes":[],"edges":[]}',
    );
    const result = store.getState().loadDocument(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.code).toBe('SPEC003');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a drawing whose node data cannot be compiled', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    const broken = {
      ...store.getState().document,
      nodes: [{ id: 'e', kind: 'entity', position: { x: 0, y: 0 }, data: { name: 'Job' } }],
    };
    const result = store
      .getState()
      .loadDocument(broken as unknown as ReturnType<typeof store.getState>['document']);
    expect(result.ok).toBe(false);
  });
});

describe('undo history', { timeout: 30_000 }, () => {
  it('keeps at most the configured number of steps, dropping the oldest', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0, historyLimit: 3 });
    for (let i = 0; i < 5; i++) store.getState().addNode(entity(`e${i}`, `E${i}`));
    let undone = 0;
    while (store.getState().canUndo) {
      store.getState().undo();
      undone++;
    }
    expect(undone).toBe(3);
    expect(nodeNamed(store, 'E1')).toBeDefined();
    expect(nodeNamed(store, 'E2')).toBeUndefined();
  });

  it('a new edit after undo clears the redo stack', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    store.getState().addNode(entity('e1', 'A'));
    store.getState().undo();
    store.getState().addNode(entity('e2', 'B'));
    expect(store.getState().canRedo).toBe(false);
  });
});

describe('a new entity is valid at once', () => {
  it('comes with the normal lane and a last-writer-wins rule, in one undo step; a role is all that is missing', () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0, background: 'off' });
    const doc = store.getState().document;
    const node = entityKind.create(doc, { x: 400, y: 100 })!;
    store.getState().addNode(node, entityKind.companions!(doc, node));
    const after = store.getState().document;
    expect(after.edges.filter((e) => e.source === node.id).map((e) => [e.kind, e.target])).toEqual([
      ['priority', 'priority-normal'],
    ]);
    expect(after.nodes.filter((n) => n.kind === 'conflictRule').map((n) => n.data)).toEqual([
      { rule: { strategy: 'last-writer-wins' } },
    ]);
    expect(store.getState().undoLabel).toBe('add entity');
    store.getState().flushCompile();
    expect(store.getState().compiled.diagnostics.map((d) => d.message)).toEqual(['The app has no role yet.']);
    store.getState().undo();
    expect(store.getState().document.nodes).toHaveLength(doc.nodes.length);
  });
});
