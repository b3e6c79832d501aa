import { describe, expect, it } from 'vitest';
import { type CompileResult, compile } from '../src/compiler';
import type { DesignerDocument, GraphNode } from '../src/graph/types';
import { blankDocument, createDesignerStore } from '../src/store';
import type { BackgroundCompiler } from '../src/store/background';

/** A document big enough to be compiled in the background: the blank app plus 200 roles. */
function bigDocument(): DesignerDocument {
  const doc = blankDocument();
  const roles: GraphNode[] = Array.from({ length: 200 }, (_, i) => ({
    id: `role-${i}`,
    kind: 'role',
    position: { x: 0, y: i * 80 },
    data: { name: `role${i}` },
  }));
  return { ...doc, nodes: [...doc.nodes, ...roles] };
}

/** A background compiler whose answers the test releases one by one. */
function manualCompiler() {
  const calls: {
    doc: DesignerDocument;
    resolve: (r: CompileResult) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const compiler: BackgroundCompiler = {
    compile: (doc) => new Promise((resolve, reject) => calls.push({ doc, resolve, reject })),
    dispose: () => {},
  };
  return { compiler, calls };
}

const rename = (store: ReturnType<typeof createDesignerStore>, name: string) =>
  store.getState().dispatch({ type: 'setApp', app: { ...store.getState().document.app, name } });

describe('background compile', { timeout: 30_000 }, () => {
  it('compiles a large document through the background compiler', async () => {
    const { compiler, calls } = manualCompiler();
    const store = createDesignerStore(bigDocument(), { compileDelayMs: 0, background: compiler });
    const before = store.getState().compiled;
    rename(store, 'Renamed');
    expect(calls).toHaveLength(1);
    expect(store.getState().compiled).toBe(before);
    calls[0]!.resolve(compile(calls[0]!.doc));
    await Promise.resolve();
    expect((store.getState().compiled.draft as { app: { name: string } }).app.name).toBe('Renamed');
  });

  it('drops a late result that an edit has superseded', async () => {
    const { compiler, calls } = manualCompiler();
    const store = createDesignerStore(bigDocument(), { compileDelayMs: 0, background: compiler });
    rename(store, 'First');
    rename(store, 'Second');
    calls[1]!.resolve(compile(calls[1]!.doc));
    await Promise.resolve();
    calls[0]!.resolve(compile(calls[0]!.doc));
    await Promise.resolve();
    expect((store.getState().compiled.draft as { app: { name: string } }).app.name).toBe('Second');
  });

  it('falls back to compiling in place when the background compiler fails', async () => {
    const { compiler, calls } = manualCompiler();
    const store = createDesignerStore(bigDocument(), { compileDelayMs: 0, background: compiler });
    rename(store, 'Fallback');
    calls[0]!.reject(new Error('worker crashed'));
    await Promise.resolve();
    await Promise.resolve();
    expect((store.getState().compiled.draft as { app: { name: string } }).app.name).toBe('Fallback');
  });

  it('keeps small documents on the calling thread', () => {
    const { compiler, calls } = manualCompiler();
    const store = createDesignerStore(undefined, { compileDelayMs: 0, background: compiler });
    rename(store, 'Small');
    expect(calls).toHaveLength(0);
    expect((store.getState().compiled.draft as { app: { name: string } }).app.name).toBe('Small');
  });
});
