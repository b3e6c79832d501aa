import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpTransport, createSyncClient, ManualScheduler, type SyncClient } from '@syncraft/runtime';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type TestApp, tokenFor } from './app';

/** A test app listening on a loopback port, for the runtime's HTTP transport; `close` stops listening. */
export async function listenOnLoopback(t: TestApp): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server: Server = t.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Who a device is signed in as: the token's claims, and the spec parameters they stand for. */
export interface DeviceUser {
  readonly id: string;
  readonly roles: string[];
  readonly claims?: Record<string, string>;
  readonly params?: Record<string, string | string[]>;
}

/**
 * The runtime's own client as a device of `who` against the server at `baseUrl`: its own fake
 * IndexedDB (`dbName`), the HTTP transport, a manual clock, no network watcher, and an encryption
 * key for fields marked offline.encrypt. The caller closes it.
 */
export async function openRuntimeDevice(
  baseUrl: string,
  spec: SyncSpec,
  who: DeviceUser,
  clientId: string,
  dbName = clientId,
): Promise<SyncClient> {
  const token = await tokenFor(who.id, who.roles, who.claims ?? {});
  return createSyncClient({
    spec,
    transport: createHttpTransport({ baseUrl, appId: spec.app.id, token: () => token }),
    user: { id: who.id, roles: who.roles, params: who.params ?? {} },
    clientId,
    dbName,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    scheduler: new ManualScheduler(Date.now()),
    network: null,
    encryptionKey: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
  });
}
