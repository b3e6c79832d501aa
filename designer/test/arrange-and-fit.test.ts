import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { nextFit } from '../src/app/top-bar-fit';
import { createDesignerStore } from '../src/store';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

describe('top bar fit', () => {
  it('a row that overflows takes the next narrower form and remembers what the wider one needed', () => {
    expect(nextFit({ level: 0, available: 980, contentEnd: 1120, needs: [] })).toEqual({
      level: 1,
      needs: [1120],
    });
    expect(nextFit({ level: 1, available: 980, contentEnd: 1010, needs: [1120] })).toEqual({
      level: 2,
      needs: [1120, 1010],
    });
  });

  it('the narrowest form stays even when it still overflows', () => {
    expect(nextFit({ level: 2, available: 600, contentEnd: 700, needs: [1120, 1010] }).level).toBe(2);
  });

  it('goes back to a wider form only when that form fits again, so it never flickers', () => {
    const needs = [1120, 1010];
    expect(nextFit({ level: 2, available: 1009, contentEnd: 800, needs }).level).toBe(2);
    expect(nextFit({ level: 2, available: 1010, contentEnd: 800, needs }).level).toBe(1);
    expect(nextFit({ level: 1, available: 1100, contentEnd: 1000, needs }).level).toBe(1);
    expect(nextFit({ level: 1, available: 1120, contentEnd: 1000, needs }).level).toBe(0);
    expect(nextFit({ level: 0, available: 1300, contentEnd: 1100, needs }).level).toBe(0);
  });
});

describe('arrange', { timeout: 30_000 }, () => {
  it('lays the drawing out as one undo step that only moves cards', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const opened = store.getState().document;
    const job = opened.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Job')!;
    store.getState().moveNodes({ [job.id]: { x: 5000, y: 5000 } }, true);
    store.getState().moveNodes({ [job.id]: { x: 5100, y: 5100 } }, false);
    const messed = store.getState().document;
    const compiled = store.getState().compiled;

    await store.getState().arrange();
    const arranged = store.getState().document;
    expect(arranged.nodes.find((n) => n.id === job.id)?.position).toEqual(job.position);
    expect(arranged.nodes.map((n) => n.position)).toEqual(opened.nodes.map((n) => n.position));
    expect(arranged.edges).toBe(messed.edges);
    expect(store.getState().undoLabel).toBe('arrange');
    // Positions never reach the spec: nothing was recompiled.
    expect(store.getState().compiled).toBe(compiled);

    store.getState().undo();
    expect(store.getState().document).toBe(messed);
    expect(store.getState().undoLabel).toBe('move');
    store.getState().redo();
    expect(store.getState().document.nodes.map((n) => n.position)).toEqual(
      arranged.nodes.map((n) => n.position),
    );
  });

  it('a template opened while Arrange is still laying out wins: the stale arrangement is dropped', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const job = store.getState().document.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Job')!;
    store.getState().moveNodes({ [job.id]: { x: 5000, y: 5000 } }, false);
    const arranging = store.getState().arrange();
    const other = { ...template, app: { ...template.app, name: 'Second opening' } };
    const opening = store.getState().loadSpec(other);
    await Promise.all([arranging, opening]);
    expect(store.getState().undoLabel).toBe('load Second opening');
    store.getState().undo();
    expect(store.getState().undoLabel).toBe('move');
  });

  it('an edit made while Arrange lays out is kept, not overwritten by the stale arrangement', async () => {
    const store = createDesignerStore(undefined, { compileDelayMs: 0 });
    await store.getState().loadSpec(template);
    const job = store.getState().document.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Job')!;
    const arranging = store.getState().arrange();
    store.getState().moveNodes({ [job.id]: { x: 7000, y: 7000 } }, false);
    await arranging;
    expect(store.getState().undoLabel).toBe('move');
    expect(store.getState().document.nodes.find((n) => n.id === job.id)?.position).toEqual({
      x: 7000,
      y: 7000,
    });
  });
});
