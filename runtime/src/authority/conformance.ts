import type { StoredRecord } from '../merge/record';
import { jsonEqual } from '../merge/values';
import type { OperationResult } from '../protocol/types';
import type { AuthorityStore, ChangesPage } from './store';

/**
 * How {@link checkAuthorityStore} reaches a store under test: fresh, empty storage per call of the
 * factory, batches run the way pushes run (one transaction, committed at the end), and a store for
 * reads outside any batch, the way pulls run.
 */
export interface StoreHarness {
  /** Runs `work` as one push batch and commits it. */
  batch<T>(work: (store: AuthorityStore) => Promise<T>): Promise<T>;
  /** A store for reads outside any batch. */
  reader(): AuthorityStore;
}

/** One promise of the {@link AuthorityStore} contract that the store did not keep. */
export interface ContractFailure {
  readonly check: string;
  readonly message: string;
}

const ENTITY = 'Item';
const OTHER = 'Other';

async function record(store: AuthorityStore, key: string, title: string): Promise<StoredRecord> {
  const version = await store.nextVersion();
  const hlc = `${String(1_763_802_000_000 + version).padStart(13, '0')}-000000-conformance`;
  return {
    key,
    version,
    deleted: false,
    values: { id: key, title, tags: ['a', 'b'], nested: { n: 1 } },
    fieldVersions: { id: version, title: version, tags: version, nested: version },
    hlc,
    fieldHlc: { id: hlc, title: hlc, tags: hlc, nested: hlc },
  };
}

async function put(store: AuthorityStore, entity: string, key: string, title: string): Promise<StoredRecord> {
  const rec = await record(store, key, title);
  await store.putRecord(entity, rec);
  return rec;
}

function page(result: ChangesPage, check: string): Extract<ChangesPage, { kind: 'page' }> {
  if (result.kind !== 'page')
    throw new ContractError(check, `changesSince answered invalid-cursor: ${result.message}`);
  return result;
}

const keysOf = (p: Extract<ChangesPage, { kind: 'page' }>) =>
  p.changes.map((c) => `${c.entity}/${c.record.key}`);

class ContractError extends Error {
  constructor(
    readonly check: string,
    message: string,
  ) {
    super(message);
  }
}

function expectEqual(check: string, actual: unknown, expected: unknown): void {
  if (!jsonEqual(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(expected ?? null)))) {
    throw new ContractError(check, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

type Check = (h: StoreHarness) => Promise<void>;

const checks: Record<string, Check> = {
  'an unknown record reads as undefined': async (h) => {
    expectEqual(
      'an unknown record reads as undefined',
      await h.reader().getRecord(ENTITY, 'nope'),
      undefined,
    );
  },
  'a stored record reads back unchanged, inside the batch and after it': async (h) => {
    const check = 'a stored record reads back unchanged, inside the batch and after it';
    const rec = await h.batch(async (s) => {
      const r = await put(s, ENTITY, 'k1', 'first');
      expectEqual(check, await s.getRecord(ENTITY, 'k1'), r);
      return r;
    });
    expectEqual(check, await h.reader().getRecord(ENTITY, 'k1'), rec);
    expectEqual(check, await h.reader().getRecord(OTHER, 'k1'), undefined);
  },
  'versions strictly increase, across batches too': async (h) => {
    const check = 'versions strictly increase, across batches too';
    const first = await h.batch(async (s) => [await s.nextVersion(), await s.nextVersion()]);
    const [third] = await h.batch(async (s) => [await s.nextVersion()]);
    const all = [...first, third ?? Number.NaN];
    if (!all.every((v, i) => i === 0 || v > all[i - 1]!))
      throw new ContractError(check, `got ${all.join(', ')}`);
  },
  'operation results read back with their owner; unknown ids are undefined': async (h) => {
    const check = 'operation results read back with their owner; unknown ids are undefined';
    const result: OperationResult = {
      opId: 'op-1',
      status: 'rejected',
      reason: 'permission',
      message: 'no',
      field: 'f',
    };
    const stored = { result, userId: 'user-1', clientId: 'dev-1' };
    await h.batch((s) => s.putOpResult('op-1', stored));
    await h.batch(async (s) => {
      expectEqual(check, await s.getOpResult('op-1'), stored);
      expectEqual(check, await s.getOpResult('op-2'), undefined);
    });
    expectEqual(check, await h.reader().getOpResult('op-1'), stored);
  },
  'saving the same conflict twice is harmless': async (h) => {
    const conflict = {
      id: 'op-1:notes',
      entity: ENTITY,
      key: 'k1',
      opId: 'op-1',
      clientId: 'dev',
      fields: ['notes'],
      base: {},
      server: { notes: 'a' },
      client: { notes: 'b' },
      interim: { notes: 'b' },
      serverHlc: '1763802000000-000000-a',
      clientHlc: '1763802000001-000000-b',
      version: 1,
    };
    await h.batch(async (s) => {
      await s.saveConflict(conflict);
      await s.saveConflict(conflict);
    });
  },
  'the change log lists changes of the asked entities in write order': async (h) => {
    const check = 'the change log lists changes of the asked entities in write order';
    await h.batch(async (s) => {
      await put(s, ENTITY, 'a', 'A');
      await put(s, OTHER, 'b', 'B');
      await put(s, ENTITY, 'c', 'C');
    });
    const p = page(
      await h.reader().changesSince({ cursor: undefined, entities: [ENTITY], limit: 10 }),
      check,
    );
    expectEqual(check, keysOf(p), ['Item/a', 'Item/c']);
    expectEqual(check, p.hasMore, false);
    const none = page(await h.reader().changesSince({ cursor: undefined, entities: [], limit: 10 }), check);
    expectEqual(check, none.changes.length, 0);
  },
  'a rewritten record appears once, in its latest state, after older changes': async (h) => {
    const check = 'a rewritten record appears once, in its latest state, after older changes';
    await h.batch(async (s) => {
      await put(s, ENTITY, 'a', 'A1');
      await put(s, ENTITY, 'b', 'B1');
    });
    const latest = await h.batch((s) => put(s, ENTITY, 'a', 'A2'));
    const p = page(
      await h.reader().changesSince({ cursor: undefined, entities: [ENTITY], limit: 10 }),
      check,
    );
    expectEqual(check, keysOf(p), ['Item/b', 'Item/a']);
    expectEqual(check, p.changes[1]?.record, latest);
  },
  'pages by limit without losing or repeating a change, then keeps a usable cursor': async (h) => {
    const check = 'pages by limit without losing or repeating a change, then keeps a usable cursor';
    await h.batch(async (s) => {
      for (const key of ['a', 'b', 'c', 'd', 'e']) await put(s, ENTITY, key, key);
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let round = 0; round < 10; round++) {
      const p = page(await h.reader().changesSince({ cursor, entities: [ENTITY], limit: 2 }), check);
      if (p.changes.length > 2)
        throw new ContractError(check, `a page of limit 2 held ${p.changes.length} changes`);
      seen.push(...keysOf(p));
      cursor = p.cursor;
      if (!p.hasMore) break;
    }
    expectEqual(check, seen, ['Item/a', 'Item/b', 'Item/c', 'Item/d', 'Item/e']);
    const empty = page(await h.reader().changesSince({ cursor, entities: [ENTITY], limit: 2 }), check);
    expectEqual(check, [empty.changes.length, empty.hasMore], [0, false]);
    await h.batch((s) => put(s, ENTITY, 'f', 'f'));
    const next = page(
      await h.reader().changesSince({ cursor: empty.cursor, entities: [ENTITY], limit: 2 }),
      check,
    );
    expectEqual(check, keysOf(next), ['Item/f']);
  },
  'findReferencing finds the records whose field holds a key': async (h) => {
    const check = 'findReferencing finds the records whose field holds a key';
    const reader = h.reader();
    if (!reader.findReferencing)
      throw new ContractError(check, 'the store has no findReferencing: relations are not enforced');
    await h.batch(async (s) => {
      for (const key of ['c1', 'c2', 'c3']) {
        const rec = await record(s, key, key);
        await s.putRecord(ENTITY, {
          ...rec,
          values: { ...rec.values, parentId: key === 'c3' ? 'p2' : 'p1' },
        });
      }
    });
    const found = await reader.findReferencing(ENTITY, 'parentId', 'p1', 10);
    expectEqual(check, found.map((r) => r.key).sort(), ['c1', 'c2']);
    expectEqual(check, (await reader.findReferencing(ENTITY, 'parentId', 'p1', 1)).length, 1);
    expectEqual(check, (await reader.findReferencing(OTHER, 'parentId', 'p1', 10)).length, 0);
  },
  'a change carries the state before it; a created record has none': async (h) => {
    const check = 'a change carries the state before it; a created record has none';
    const first = await h.batch((s) => put(s, ENTITY, 'a', 'A1'));
    const created = page(
      await h.reader().changesSince({ cursor: undefined, entities: [ENTITY], limit: 10 }),
      check,
    );
    expectEqual(check, created.changes[0]?.previous, undefined);
    await h.batch(async (s) => {
      const gone = await record(s, 'a', 'A1');
      await s.putRecord(ENTITY, { ...gone, deleted: true, values: {}, fieldVersions: {}, fieldHlc: {} });
    });
    const p = page(
      await h.reader().changesSince({ cursor: created.cursor, entities: [ENTITY], limit: 10 }),
      check,
    );
    expectEqual(check, p.changes[0]?.record.deleted, true);
    expectEqual(check, p.changes[0]?.previous, { deleted: false, values: first.values });
  },
  "findReferencing sees the batch's own earlier writes and skips deleted records": async (h) => {
    const check = "findReferencing sees the batch's own earlier writes and skips deleted records";
    await h.batch(async (s) => {
      for (const key of ['c1', 'c2']) {
        const rec = await record(s, key, key);
        await s.putRecord(ENTITY, { ...rec, values: { ...rec.values, parentId: 'p1' } });
      }
      const other = await record(s, 'n1', 'n1');
      await s.putRecord(ENTITY, { ...other, values: { ...other.values, parentId: 7 } });
    });
    const found = await h.batch(async (s) => {
      if (!s.findReferencing) throw new ContractError(check, 'the store has no findReferencing');
      const c1 = await s.getRecord(ENTITY, 'c1');
      if (c1) await s.putRecord(ENTITY, { ...c1, version: await s.nextVersion(), deleted: true, values: {} });
      const c3 = await record(s, 'c3', 'c3');
      await s.putRecord(ENTITY, { ...c3, values: { ...c3.values, parentId: 'p1' } });
      return (await s.findReferencing(ENTITY, 'parentId', 'p1', 10)).map((r) => r.key).sort();
    });
    expectEqual(check, found, ['c2', 'c3']);
  },
  'a cursor it never handed out is answered invalid-cursor': async (h) => {
    const check = 'a cursor it never handed out is answered invalid-cursor';
    const result = await h.reader().changesSince({ cursor: 'not-a-cursor', entities: [ENTITY], limit: 2 });
    if (result.kind !== 'invalid-cursor') throw new ContractError(check, 'a made-up cursor was accepted');
  },
};

/**
 * Checks that an {@link AuthorityStore} keeps the contract the authority relies on (read-back,
 * increasing versions, idempotency records, change-log order, paging, cursors). Returns the
 * promises it broke, none when it conforms. Each check gets fresh storage from `makeHarness`.
 *
 * @example
 * // in a server test:
 * const failures = await checkAuthorityStore(async () => sqlHarness(await freshDatabase()));
 * expect(failures).toEqual([]);
 */
export async function checkAuthorityStore(
  makeHarness: () => Promise<StoreHarness>,
): Promise<ContractFailure[]> {
  const failures: ContractFailure[] = [];
  for (const [check, run] of Object.entries(checks)) {
    try {
      await run(await makeHarness());
    } catch (error) {
      failures.push({
        check,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return failures;
}

/** The names of the contract's checks, in the order they run. */
export const AUTHORITY_STORE_CHECKS: readonly string[] = Object.keys(checks);
