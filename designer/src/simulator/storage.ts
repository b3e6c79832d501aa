import type { Entity, SyncSpec } from '@syncraft/runtime/spec';

/** Deletes an IndexedDB database; resolves once gone (after any open connection closes). */
export function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete the database ${name}`));
    // Another connection still open: the deletion completes once it closes.
    request.onblocked = () => undefined;
  });
}

/** True when some entity keeps fields encrypted on the device, so the clients need a key. */
export function needsKey(spec: SyncSpec): boolean {
  return spec.entities.some((e) => (e.offline.encrypt ?? []).length > 0);
}

/** True when the entity's records are kept on the device (not online-only). */
export function isLocal(entity: Entity): boolean {
  return entity.offline.availability !== 'online-only';
}
