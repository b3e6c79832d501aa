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
 * Where an asynchronous read stands. `loading` until the first answer; `success` with the data;
 * `error` with what went wrong and the last data it had, if any (a live query that worked and then
 * failed keeps showing what it showed).
 */
export type LoadState<T> =
  | { readonly status: 'loading'; readonly data: undefined; readonly error: undefined }
  | { readonly status: 'success'; readonly data: T; readonly error: undefined }
  | { readonly status: 'error'; readonly data: T | undefined; readonly error: unknown };

const LOADING = Object.freeze({ status: 'loading', data: undefined, error: undefined } as const);

/** The first state of every read. */
export function loadingState<T>(): LoadState<T> {
  return LOADING;
}

function success<T>(data: T): LoadState<T> {
  return { status: 'success', data, error: undefined };
}

function failure<T>(error: unknown, previous: LoadState<T>): LoadState<T> {
  return { status: 'error', data: previous.data, error };
}

/**
 * Shares one source among subscribers: `start` runs on the first subscriber and its returned stop
 * function on the last unsubscribe, so a component tree opens one live query, not one per render.
 * `start` may report synchronously (even throw: that becomes the error state).
 */
function shared<T>(
  start: (report: (update: (previous: LoadState<T>) => LoadState<T>) => void) => () => void,
): ExternalStore<LoadState<T>> {
  let value = loadingState<T>();
  let stop: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const report = (update: (previous: LoadState<T>) => LoadState<T>) => {
    value = update(value);
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) {
        try {
          stop = start(report);
        } catch (error) {
          stop = undefined;
          report((previous) => failure(error, previous));
        }
      }
      return () => {
        if (!listeners.delete(onChange) || listeners.size > 0) return;
        stop?.();
        stop = undefined;
      };
    },
    getSnapshot: () => value,
  };
}

/**
 * Live query results of one entity: `loading` until the first results arrive, then `success` with
 * the records after every change that affects them, or `error` when the query cannot run (an
 * unknown entity, a query no index answers, values that cannot be decrypted with the key given).
 * The query starts with the first subscriber and stops with the last.
 *
 * @example
 * const store = liveQueryStore(client, 'Job', { where: { status: 'open' } });
 * const stop = store.subscribe(() => render(store.getSnapshot()));
 */
export function liveQueryStore<R extends object = RecordValues>(
  client: SyncClient,
  entity: string,
  query: Query<R> = {},
): ExternalStore<LoadState<R[]>> {
  return shared<R[]>((report) =>
    client.table(entity).live(
      query as Query,
      (records) => report(() => success(records as unknown as R[])),
      (error) => report((previous) => failure(error, previous)),
    ),
  );
}

/** The client's sync status. */
export function statusStore(client: SyncClient): ExternalStore<SyncStatus> {
  return {
    subscribe: (onChange) => client.status.subscribe(onChange),
    getSnapshot: () => client.status.get(),
  };
}

/**
 * Open manual conflicts, re-read whenever the status reports a different count. A failed read is
 * the `error` state (keeping the last list); the next change of the count reads again.
 */
export function conflictsStore(client: SyncClient): ExternalStore<LoadState<ConflictRecord[]>> {
  return shared<ConflictRecord[]>((report) => {
    let seen = -1;
    let stopped = false;
    const refresh = () => {
      const count = client.status.get().conflicts;
      if (count === seen) return;
      seen = count;
      client.conflicts.list().then(
        (list) => {
          if (!stopped) report(() => success(list));
        },
        (error: unknown) => {
          if (stopped) return;
          seen = -1; // read again at the next status change, even if the count stays the same
          report((previous) => failure(error, previous));
        },
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
