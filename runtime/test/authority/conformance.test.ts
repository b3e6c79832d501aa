import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_STORE_CHECKS,
  checkAuthorityStore,
  type StoreHarness,
} from '../../src/authority/conformance';
import { MemoryAuthorityStore } from '../../src/authority/memory-store';
import type {
  AuthorityStore,
  ChangesPage,
  ChangesQuery,
  ConflictDecision,
  StoredOpResult,
} from '../../src/authority/store';
import type { ManualConflict, StoredRecord } from '../../src/merge/record';

function harness(store: AuthorityStore): StoreHarness {
  return { batch: (work) => work(store), reader: () => store };
}

/** A store that forgets to filter the change log by entity. */
class UnfilteredStore extends MemoryAuthorityStore {
  override changesSince(query: ChangesQuery): Promise<ChangesPage> {
    return super.changesSince({ ...query, entities: ['Item', 'Other'] });
  }
}

/** A store whose change log drops the state a record had before its latest change. */
class ForgetfulStore extends MemoryAuthorityStore {
  override async changesSince(query: ChangesQuery): Promise<ChangesPage> {
    const page = await super.changesSince(query);
    return page.kind === 'page'
      ? { ...page, changes: page.changes.map((c) => ({ ...c, previous: undefined })) }
      : page;
  }
}

/** A store whose version counter restarts with every batch. */
function restartingVersions(): StoreHarness {
  const store = new MemoryAuthorityStore();
  let fresh = new MemoryAuthorityStore();
  const wrapped: AuthorityStore = {
    getRecord: (e, k) => store.getRecord(e, k),
    putRecord: (e, r) => store.putRecord(e, r),
    getOpResult: (id) => store.getOpResult(id),
    putOpResult: (id, r) => store.putOpResult(id, r),
    nextVersion: () => fresh.nextVersion(),
    saveConflict: (c) => store.saveConflict(c),
    getConflict: (id) => store.getConflict(id),
    markConflictResolved: (id, d) => store.markConflictResolved(id, d),
    changesSince: (q) => store.changesSince(q),
    findReferencing: (e, f, k, l) => store.findReferencing(e, f, k, l),
    viewChanges: (q) => store.viewChanges(q),
  };
  return {
    batch: (work) => {
      fresh = new MemoryAuthorityStore();
      return work(wrapped);
    },
    reader: () => wrapped,
  };
}

/** A store that cannot follow relations. */
function withoutReferences(): StoreHarness {
  const store = new MemoryAuthorityStore();
  const { findReferencing: _omitted, ...rest } = {
    getRecord: (e: string, k: string) => store.getRecord(e, k),
    putRecord: (e: string, r: StoredRecord) => store.putRecord(e, r),
    getOpResult: (id: string) => store.getOpResult(id),
    putOpResult: (id: string, r: StoredOpResult) => store.putOpResult(id, r),
    nextVersion: () => store.nextVersion(),
    saveConflict: (c: ManualConflict) => store.saveConflict(c),
    getConflict: (id: string) => store.getConflict(id),
    markConflictResolved: (id: string, d: ConflictDecision) => store.markConflictResolved(id, d),
    changesSince: (q: ChangesQuery) => store.changesSince(q),
    findReferencing: undefined,
  };
  // A store written against an older interface, as the conformance check must still diagnose it.
  return harness(rest as unknown as AuthorityStore);
}

describe('checkAuthorityStore', () => {
  it('finds nothing wrong with the Map-based store', async () => {
    expect(await checkAuthorityStore(async () => harness(new MemoryAuthorityStore()))).toEqual([]);
  });

  it('runs every check', () => {
    expect(AUTHORITY_STORE_CHECKS.length).toBeGreaterThanOrEqual(9);
  });

  it('catches a store that returns changes of entities not asked for', async () => {
    const failures = await checkAuthorityStore(async () => harness(new UnfilteredStore()));
    expect(failures.map((f) => f.check)).toContain(
      'the change log lists changes of the asked entities in write order',
    );
  });

  it('reports a store that cannot find referencing records', async () => {
    const failures = await checkAuthorityStore(async () => withoutReferences());
    expect(failures).toEqual([
      {
        check: 'findReferencing finds the records whose field holds a key',
        message: 'the store has no findReferencing: relations are not enforced',
      },
      {
        check: "findReferencing sees the batch's own earlier writes and skips deleted records",
        message: 'the store has no findReferencing',
      },
    ]);
  });

  it('catches a change log that forgets the state before a change', async () => {
    const failures = await checkAuthorityStore(async () => harness(new ForgetfulStore()));
    expect(failures.map((f) => f.check)).toEqual([
      'a change carries the state before it; a created record has none',
    ]);
  });

  it('catches versions that do not keep increasing across batches', async () => {
    const failures = await checkAuthorityStore(async () => restartingVersions());
    expect(failures.map((f) => f.check)).toContain('versions strictly increase, across batches too');
  });
});

describe('MemoryAuthorityStore change log', () => {
  it('keeps cursors working across compaction when records change thousands of times', async () => {
    const store = new MemoryAuthorityStore();
    const rec = (key: string, version: number) => ({
      key,
      version,
      deleted: false,
      values: { id: key, n: version },
      fieldVersions: {},
      hlc: '0000000000001-000000-a',
      fieldHlc: {},
    });
    await store.putRecord('Item', rec('a', 1));
    const first = await store.changesSince({ cursor: undefined, entities: ['Item'], limit: 10 });
    if (first.kind !== 'page') throw new Error('expected a page');
    for (let v = 2; v <= 5000; v++) await store.putRecord('Item', rec(v % 2 ? 'a' : 'b', v));
    const next = await store.changesSince({ cursor: first.cursor, entities: ['Item'], limit: 10 });
    expect(next).toMatchObject({ kind: 'page', hasMore: false });
    if (next.kind === 'page') {
      expect(next.changes.map((c) => [c.record.key, c.record.values.n])).toEqual([
        ['a', 4999],
        ['b', 5000],
      ]);
    }
    expect(store.position).toBe(5000);
  });
});
