import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from './autosave';
import { openDesignerDatabase } from './database';
import { createDocumentRepository, type DocumentRepository, type StoredDocument } from './repository';
import { startPersistence } from './session';

interface Doc {
  readonly format: 1;
  readonly title: string;
}

const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' &&
  value !== null &&
  (value as { format?: unknown }).format === 1 &&
  typeof (value as { title?: unknown }).title === 'string';

/** A tiny observable holder standing in for the designer store. */
function holder(initial: Doc) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    getDocument: () => current,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: Doc) {
      current = next;
      for (const l of listeners) l();
    },
    touch() {
      for (const l of listeners) l();
    },
  };
}

function memoryRepository(): DocumentRepository<Doc> & { writes: Doc[] } {
  const writes: Doc[] = [];
  let last: StoredDocument<Doc> | undefined;
  return {
    writes,
    async load() {
      return last;
    },
    async save(document, savedAt) {
      writes.push(document);
      last = { document, savedAt };
    },
    async clear() {
      last = undefined;
    },
  };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once after edits stop for the debounce delay', async () => {
    const source = holder({ format: 1, title: 'a' });
    const repository = memoryRepository();
    const autosave = createAutosave({ source, repository, delayMs: 400, now: () => 7 });
    source.set({ format: 1, title: 'b' });
    await vi.advanceTimersByTimeAsync(300);
    source.set({ format: 1, title: 'c' });
    await vi.advanceTimersByTimeAsync(300);
    expect(repository.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(repository.writes).toEqual([{ format: 1, title: 'c' }]);
    await autosave.dispose();
  });

  it('ignores notifications that leave the document unchanged', async () => {
    const source = holder({ format: 1, title: 'a' });
    const repository = memoryRepository();
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ source, repository, onStatus: (s) => statuses.push(s) });
    source.touch();
    await vi.advanceTimersByTimeAsync(1000);
    expect(repository.writes).toEqual([]);
    expect(statuses).toEqual([]);
    await autosave.dispose();
  });

  it('reports pending, saving and saved with the save time', async () => {
    const source = holder({ format: 1, title: 'a' });
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({
      source,
      repository: memoryRepository(),
      onStatus: (s) => statuses.push(s),
      now: () => 1234,
    });
    source.set({ format: 1, title: 'b' });
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses).toEqual([{ kind: 'pending' }, { kind: 'saving' }, { kind: 'saved', at: 1234 }]);
    await autosave.dispose();
  });

  it('reports pending once however many changes arrive before the write', async () => {
    const source = holder({ format: 1, title: 'a' });
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({
      source,
      repository: memoryRepository(),
      onStatus: (s) => statuses.push(s),
      now: () => 1,
    });
    for (let i = 0; i < 60; i++) source.set({ format: 1, title: `frame ${i}` });
    await vi.advanceTimersByTimeAsync(400);
    source.set({ format: 1, title: 'again' });
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.map((s) => s.kind)).toEqual(['pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
    await autosave.dispose();
  });

  it('flush writes a pending change immediately', async () => {
    const source = holder({ format: 1, title: 'a' });
    const repository = memoryRepository();
    const autosave = createAutosave({ source, repository });
    source.set({ format: 1, title: 'now' });
    await autosave.flush();
    expect(repository.writes).toEqual([{ format: 1, title: 'now' }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(repository.writes).toHaveLength(1);
    await autosave.dispose();
  });

  it('dispose writes the last change and stops watching', async () => {
    const source = holder({ format: 1, title: 'a' });
    const repository = memoryRepository();
    const autosave = createAutosave({ source, repository });
    source.set({ format: 1, title: 'last' });
    await autosave.dispose();
    source.set({ format: 1, title: 'after' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(repository.writes).toEqual([{ format: 1, title: 'last' }]);
  });

  it('reports a failed write and retries on the next change', async () => {
    const source = holder({ format: 1, title: 'a' });
    const statuses: SaveStatus[] = [];
    let fail = true;
    const repository: DocumentRepository<Doc> = {
      load: async () => undefined,
      save: async () => {
        if (fail) throw new Error('QuotaExceededError');
      },
      clear: async () => {},
    };
    const autosave = createAutosave({ source, repository, onStatus: (s) => statuses.push(s), now: () => 5 });
    source.set({ format: 1, title: 'b' });
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toEqual({ kind: 'failed', message: 'QuotaExceededError' });
    fail = false;
    source.set({ format: 1, title: 'c' });
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 5 });
    await autosave.dispose();
  });

  it('never runs two writes at once and ends with the newest document', async () => {
    const source = holder({ format: 1, title: 'a' });
    let active = 0;
    let maxActive = 0;
    const writes: string[] = [];
    let release: (() => void) | undefined;
    const repository: DocumentRepository<Doc> = {
      load: async () => undefined,
      save: (document) => {
        active++;
        maxActive = Math.max(maxActive, active);
        return new Promise<void>((resolve) => {
          release = () => {
            writes.push(document.title);
            active--;
            resolve();
          };
        });
      },
      clear: async () => {},
    };
    const autosave = createAutosave({ source, repository });
    source.set({ format: 1, title: 'b' });
    await vi.advanceTimersByTimeAsync(400);
    source.set({ format: 1, title: 'c' });
    const flushed = autosave.flush();
    const flushedAgain = autosave.flush();
    release?.();
    await vi.advanceTimersByTimeAsync(0);
    release?.();
    await Promise.all([flushed, flushedAgain]);
    expect(writes).toEqual(['b', 'c']);
    expect(maxActive).toBe(1);
    await autosave.dispose();
  });
});

describe('document repository on IndexedDB', () => {
  it('reads back the document it saved', async () => {
    const db = openDesignerDatabase(`test-${crypto.randomUUID()}`);
    const repository = createDocumentRepository(db, isDoc);
    expect(await repository.load()).toBeUndefined();
    await repository.save({ format: 1, title: 'saved' }, 42);
    expect(await repository.load()).toEqual({ document: { format: 1, title: 'saved' }, savedAt: 42 });
    await repository.clear();
    expect(await repository.load()).toBeUndefined();
    db.close();
  });

  it('stores the document as JSON text and still reads rows that hold the object', async () => {
    const db = openDesignerDatabase(`test-${crypto.randomUUID()}`);
    const repository = createDocumentRepository(db, isDoc);
    await repository.save({ format: 1, title: 'as text' }, 3);
    expect(await db.documents.get('current')).toEqual({
      slot: 'current',
      json: '{"format":1,"title":"as text"}',
      savedAt: 3,
    });
    await db.documents.put({ slot: 'current', document: { format: 1, title: 'as object' }, savedAt: 4 });
    expect(await repository.load()).toEqual({ document: { format: 1, title: 'as object' }, savedAt: 4 });
    await db.documents.put({ slot: 'current', json: '{ broken', savedAt: 5 });
    expect(await repository.load()).toBeUndefined();
    db.close();
  });

  it('treats a stored row of an unknown shape as absent', async () => {
    const db = openDesignerDatabase(`test-${crypto.randomUUID()}`);
    await db.documents.put({ slot: 'current', document: { format: 99 }, savedAt: 1 });
    const repository = createDocumentRepository(db, isDoc);
    expect(await repository.load()).toBeUndefined();
    db.close();
  });

  it('keeps separate slots apart', async () => {
    const db = openDesignerDatabase(`test-${crypto.randomUUID()}`);
    const a = createDocumentRepository(db, isDoc, 'a');
    const b = createDocumentRepository(db, isDoc, 'b');
    await a.save({ format: 1, title: 'in a' }, 1);
    expect(await b.load()).toBeUndefined();
    expect((await a.load())?.document.title).toBe('in a');
    db.close();
  });
});

describe('persistence session', () => {
  it('restores the saved document, then saves only later changes', async () => {
    const repository = memoryRepository();
    await repository.save({ format: 1, title: 'yesterday' }, 99);
    repository.writes.length = 0;
    const source = holder({ format: 1, title: 'blank' });
    const statuses: SaveStatus[] = [];
    const session = await startPersistence({
      repository,
      source,
      restore: (doc) => {
        source.set(doc);
        return true;
      },
      onStatus: (s) => statuses.push(s),
      page: new EventTarget() as unknown as Window,
    });
    expect(session.restored).toBe(true);
    expect(source.getDocument().title).toBe('yesterday');
    expect(statuses).toEqual([{ kind: 'saved', at: 99 }]);
    source.set({ format: 1, title: 'today' });
    await session.stop();
    expect(repository.writes).toEqual([{ format: 1, title: 'today' }]);
  });

  it('writes at once when the page is hidden', async () => {
    const repository = memoryRepository();
    const source = holder({ format: 1, title: 'a' });
    const page = new EventTarget() as unknown as Window;
    const session = await startPersistence({
      repository,
      source,
      restore: () => true,
      onStatus: () => {},
      page,
    });
    expect(session.restored).toBe(false);
    source.set({ format: 1, title: 'typed just before closing' });
    page.dispatchEvent(new Event('pagehide'));
    await session.autosave.flush();
    expect(repository.writes).toEqual([{ format: 1, title: 'typed just before closing' }]);
    await session.stop();
  });

  it('keeps a change the page had no time to write: the backup made on pagehide wins on the next start', async () => {
    const storage = new Map<string, string>();
    const backup = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    };
    // The database never finishes the write started while the page unloads.
    const repository = memoryRepository();
    await repository.save({ format: 1, title: 'an hour ago' }, 1);
    const stuck: DocumentRepository<Doc> = { ...repository, save: () => new Promise(() => {}) };
    const page = new EventTarget() as unknown as Window;
    const first = holder({ format: 1, title: 'blank' });
    await startPersistence({
      repository: stuck,
      source: first,
      restore: (d) => {
        first.set(d);
        return true;
      },
      onStatus: () => {},
      page,
      backup,
    });
    first.set({ format: 1, title: 'typed just before reload' });
    page.dispatchEvent(new Event('pagehide'));

    const second = holder({ format: 1, title: 'blank' });
    const session = await startPersistence({
      repository,
      source: second,
      restore: (d) => {
        second.set(d);
        return true;
      },
      onStatus: () => {},
      page: new EventTarget() as unknown as Window,
      backup,
    });
    expect(second.getDocument().title).toBe('typed just before reload');
    expect((await repository.load())?.document.title).toBe('typed just before reload');
    expect(storage.size).toBe(0);
    await session.stop();
  });

  it('does not call a write "saved" while a newer change waits', async () => {
    const repository = memoryRepository();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: DocumentRepository<Doc> = {
      ...repository,
      save: async (d, at) => {
        await gate;
        await repository.save(d, at);
      },
    };
    const source = holder({ format: 1, title: 'a' });
    const statuses: SaveStatus['kind'][] = [];
    const autosave = createAutosave({
      source,
      repository: slow,
      delayMs: 0,
      onStatus: (s) => statuses.push(s.kind),
    });
    source.set({ format: 1, title: 'b' });
    const first = autosave.flush();
    source.set({ format: 1, title: 'c' });
    release();
    await first;
    expect(statuses.at(-1)).toBe('pending');
    await autosave.dispose();
  });

  it('counts a saved document the editor refuses as nothing restored', async () => {
    const repository = memoryRepository();
    await repository.save({ format: 1, title: 'from a newer build' }, 5);
    const statuses: SaveStatus[] = [];
    const session = await startPersistence({
      repository,
      source: holder({ format: 1, title: 'blank' }),
      restore: () => false,
      onStatus: (s) => statuses.push(s),
      page: new EventTarget() as unknown as Window,
    });
    expect(session.restored).toBe(false);
    expect(statuses).toEqual([]);
    await session.stop();
  });

  it('keeps working when reading the saved document fails', async () => {
    const statuses: SaveStatus[] = [];
    const broken: DocumentRepository<Doc> = {
      load: async () => {
        throw new Error('database blocked');
      },
      save: async () => {},
      clear: async () => {},
    };
    const session = await startPersistence({
      repository: broken,
      source: holder({ format: 1, title: 'a' }),
      restore: () => true,
      onStatus: (s) => statuses.push(s),
      page: new EventTarget() as unknown as Window,
    });
    expect(session.restored).toBe(false);
    expect(statuses).toEqual([{ kind: 'failed', message: 'database blocked' }]);
    await session.stop();
  });
});
