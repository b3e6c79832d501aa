import type { SyncClient } from '../client/create-client';
import type { Query } from '../client/query';
import type { RecordValues } from '../protocol';
import type { SyncStatus } from '../status';
import type { ConflictRecord } from '../sync/conflict-record';

/** The shape `useSyncExternalStore` reads: subscribe for changes, a stable snapshot between them. */
export interface ExternalStore<T> {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): T;
}

/**
 * Shares one source among subscribers: `start` runs on the first subscriber and its returned stop
 * function on the last unsubscribe, so a component tree opens one live query, not one per render.
 */
function shared<T>(initial: T, start: (set: (value: T) => void) => () => void): ExternalStore<T> {
  let value = initial;
  let stop: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const set = (next: T) => {
    value = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) stop = start(set);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
    getSnapshot: () => value,
  };
}

/** Live query results of one entity: `undefined` until the first results arrive. */
export function liveQueryStore(
  client: SyncClient,
  entity: string,
  query: Query = {},
  onError?: (error: unknown) => void,
): ExternalStore<RecordValues[] | undefined> {
  return shared<RecordValues[] | undefined>(undefined, (set) =>
    client.table(entity).live(query, set, onError),
  );
}

/** The client's sync status. */
export function statusStore(client: SyncClient): ExternalStore<SyncStatus> {
  return {
    subscribe: (onChange) => client.status.subscribe(onChange),
    getSnapshot: () => client.status.get(),
  };
}

/** Open manual conflicts, re-read whenever the status reports a different count. */
export function conflictsStore(client: SyncClient): ExternalStore<ConflictRecord[]> {
  return shared<ConflictRecord[]>([], (set) => {
    let seen = -1;
    let stopped = false;
    const refresh = () => {
      const count = client.status.get().conflicts;
      if (count === seen) return;
      seen = count;
      client.conflicts.list().then(
        (list) => {
          if (!stopped) set(list);
        },
        () => undefined,
      );
    };
    const unsubscribe = client.status.subscribe(refresh);
    refresh();
    return () => {
      stopped = true;
      unsubscribe();
    };
  });
}
