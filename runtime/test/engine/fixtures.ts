import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  createSyncClient,
  ManualScheduler,
  type SyncClient,
  type SyncClientOptions,
  type TabLocks,
} from '../../src';
import type { SyncSpec } from '../../src/spec';
import { createMemoryTransport, InMemorySyncServer, type MemoryTransport } from '../../src/transport/memory';

/** A small spec exercising every engine feature: one entity per concern. */
export function taskSpec(overrides: { version?: string; mutate?: (spec: SyncSpec) => void } = {}): SyncSpec {
  const spec: SyncSpec = {
    specVersion: 1,
    app: { id: 'tasks', name: 'Tasks', version: overrides.version ?? '1.0.0' },
    roles: [
      {
        name: 'worker',
        permissions: [
          { entity: 'Task', actions: ['read', 'create', 'update', 'delete'] },
          { entity: 'Log', actions: ['read', 'create', 'update'] },
          { entity: 'Ref', actions: ['read'] },
          { entity: 'Secret', actions: ['read', 'create', 'update'] },
        ],
      },
      {
        name: 'viewer',
        permissions: [
          { entity: 'Task', actions: ['read', 'update'], writableFields: ['note'] },
          { entity: 'Ref', actions: ['read'] },
        ],
      },
    ],
    entities: [
      {
        name: 'Task',
        key: 'id',
        fields: [
          { name: 'id', type: 'string', required: true },
          { name: 'title', type: 'string', required: true, maxLength: 100 },
          { name: 'owner', type: 'string' },
          {
            name: 'status',
            type: 'enum',
            values: ['open', 'doing', 'done'],
            default: 'open',
            conflict: { strategy: 'enum-precedence', order: ['done', 'doing', 'open'] },
          },
          { name: 'hours', type: 'counter', default: 0, conflict: { strategy: 'counter' } },
          { name: 'tags', type: 'string-set', conflict: { strategy: 'set-union' } },
          {
            name: 'note',
            type: 'text',
            conflict: { strategy: 'manual', interim: 'server', prompt: 'Pick a note' },
          },
          { name: 'peak', type: 'integer', conflict: { strategy: 'max' } },
          { name: 'low', type: 'integer', conflict: { strategy: 'min' } },
          { name: 'label', type: 'string', conflict: { strategy: 'server-wins' } },
          { name: 'mine', type: 'string', conflict: { strategy: 'client-wins' } },
          { name: 'due', type: 'datetime' },
        ],
        indexes: [{ fields: ['status'] }, { fields: ['owner', 'due'] }],
        offline: { availability: 'read-write', retention: '7d', maxRecords: 1000 },
        sync: { priority: 'critical', direction: 'both', batchSize: 3 },
        conflict: { strategy: 'field-merge' },
      },
      {
        name: 'Log',
        key: 'id',
        fields: [
          { name: 'id', type: 'string', required: true },
          { name: 'text', type: 'string' },
        ],
        offline: { availability: 'read-write' },
        sync: { priority: 'low', direction: 'push', coalesce: false },
        conflict: { strategy: 'last-writer-wins' },
      },
      {
        name: 'Ref',
        key: 'id',
        fields: [
          { name: 'id', type: 'string', required: true },
          { name: 'name', type: 'string' },
        ],
        offline: { availability: 'read-only' },
        sync: { priority: 'normal', direction: 'pull' },
        conflict: { strategy: 'server-wins' },
      },
      {
        name: 'Secret',
        key: 'id',
        fields: [
          { name: 'id', type: 'string', required: true },
          { name: 'pin', type: 'string' },
          { name: 'label', type: 'string' },
        ],
        indexes: [{ fields: ['label'] }],
        offline: { availability: 'read-write', encrypt: ['pin'] },
        sync: { priority: 'high', direction: 'both' },
        conflict: { strategy: 'last-writer-wins' },
      },
    ],
    offlineStates: {
      initial: 'online',
      states: [
        { name: 'online', network: 'online', sync: { enabled: true }, writes: 'allow' },
        { name: 'offline', network: 'offline', sync: { enabled: false }, writes: 'queue' },
        {
          name: 'metered',
          network: 'limited',
          sync: { enabled: true, priorities: ['critical'] },
          writes: 'allow',
        },
        { name: 'saver', network: 'limited', sync: { enabled: true }, writes: 'queue' },
        {
          name: 'frozen',
          network: 'online',
          sync: { enabled: true },
          writes: 'block',
          entityWrites: [{ entity: 'Log', writes: 'allow' }],
        },
      ],
      transitions: [
        { from: '*', event: 'connection-lost', to: 'offline' },
        { from: '*', event: 'heartbeat-failed', to: 'offline' },
        { from: 'offline', event: 'connection-restored', to: 'online' },
        { from: 'online', event: 'connection-metered', to: 'metered' },
        { from: 'metered', event: 'connection-restored', to: 'online' },
        { from: 'online', event: 'user-action', action: 'freeze', to: 'frozen' },
        { from: 'frozen', event: 'user-action', action: 'thaw', to: 'online' },
        { from: 'online', event: 'user-action', action: 'save', to: 'saver' },
        { from: 'saver', event: 'user-action', action: 'unsave', to: 'online' },
      ],
    },
    retry: { initialDelay: '1s', maxDelay: '1m', multiplier: 2, jitter: 'none', maxAttempts: 3 },
  };
  overrides.mutate?.(spec);
  return spec;
}

/** A fresh device clock, and a memory transport to `server` as user u1 (worker) on that clock. */
export function clockAndTransport(server: InMemorySyncServer): {
  time: ManualScheduler;
  inner: MemoryTransport;
} {
  const time = new ManualScheduler(Date.parse('2026-06-01T00:00:00Z'));
  const inner = createMemoryTransport(server, () => ({
    userId: 'u1',
    roles: ['worker'],
    params: {},
    now: time.now(),
  }));
  return { time, inner };
}

/** A device: its client, its transport (for fault injection) and its clock. */
export interface Device {
  readonly client: SyncClient;
  readonly transport: MemoryTransport;
  readonly time: ManualScheduler;
  readonly idb: IDBFactory;
}

let counter = 0;

/** Opens a client on its own fresh IndexedDB against the server. */
export async function device(
  server: InMemorySyncServer,
  options: {
    userId?: string;
    roles?: string[];
    params?: Record<string, string>;
    spec?: SyncSpec;
    idb?: IDBFactory;
    time?: ManualScheduler;
    extra?: Partial<SyncClientOptions>;
  } = {},
): Promise<Device> {
  const time = options.time ?? new ManualScheduler(Date.parse('2026-06-01T00:00:00Z'));
  const idb = options.idb ?? new IDBFactory();
  const userId = options.userId ?? 'u1';
  const roles = options.roles ?? ['worker'];
  const params = options.params ?? {};
  const transport = createMemoryTransport(server, () => ({ userId, roles, params, now: time.now() }));
  const client = await createSyncClient({
    spec: options.spec ?? server.spec,
    transport,
    user: { id: userId, roles, params },
    clientId: `dev${++counter}`,
    dbName: 'test',
    indexedDB: idb,
    IDBKeyRange,
    scheduler: time,
    network: null,
    encryptionKey: await sharedKey,
    ...options.extra,
  });
  return { client, transport, time, idb };
}

const sharedKey = aesKey();

/** An AES-GCM key for encrypted fields. */
export function aesKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export { InMemorySyncServer };

/**
 * The Web Locks API as a browser runs it for the tabs of one origin: one holder per name at a
 * time, the next request granted when the holder's callback settles; a request aborted while it
 * waits is never granted.
 */
export class SharedLocks implements TabLocks {
  readonly #tails = new Map<string, Promise<void>>();

  request(
    name: string,
    options: { readonly signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown> {
    const before = this.#tails.get(name) ?? Promise.resolve();
    const granted = before.then(() => {
      if (options.signal?.aborted) throw new Error('AbortError');
      return callback({ name });
    });
    this.#tails.set(
      name,
      granted.then(
        () => undefined,
        () => undefined,
      ),
    );
    return granted;
  }
}
