import type { SyncClient } from '../client/create-client';
import type { Query } from '../client/query';
import { type ExternalStore, type LoadState, liveQueryStore } from './stores';

/**
 * How long a live query started by a render that suspended waits for its component to mount before
 * it stops (the render may have been abandoned: the user navigated away, a transition was dropped).
 */
const HOLD_MS = 10_000;

/**
 * How long a failed query keeps its error for renders that ask again. React renders a component
 * that threw a second time at once, before showing the error boundary; that render must meet the
 * same error, or the error would vanish into a new attempt. A render later than this (an error
 * boundary's retry) starts the query afresh.
 */
const ERROR_KEEP_MS = 200;

/** A live query a suspending component reads: started before the component mounts. */
export interface SuspenseQuery<T> {
  readonly store: ExternalStore<LoadState<T>>;
  /** Resolves once the first answer, records or an error, is there: what a suspended render waits on. */
  readonly ready: Promise<void>;
  /**
   * Whether this failed query has kept its error long enough: the first call marks the time, and
   * later calls answer true after {@link ERROR_KEEP_MS}, having forgotten the query so the next
   * lookup starts it afresh.
   */
  expired(): boolean;
}

/**
 * Suspending renders keep no state of their own (React throws it away), so their live queries are
 * kept here, per client and query, from the render that suspends until the component that mounts
 * takes them over or they are no longer used.
 */
const cache = new WeakMap<SyncClient, Map<string, SuspenseQuery<unknown>>>();

/**
 * The live query of `entity` for a suspending hook: the cached one, or a new one running already
 * (held until a component subscribes, or {@link HOLD_MS} passes).
 */
export function suspenseLiveQuery<R extends object>(
  client: SyncClient,
  entity: string,
  query: Query<R>,
): SuspenseQuery<R[]> {
  const key = JSON.stringify([entity, query]);
  let byKey = cache.get(client);
  if (!byKey) {
    byKey = new Map();
    cache.set(client, byKey);
  }
  const found = byKey.get(key);
  if (found) return found as SuspenseQuery<R[]>;

  const source = liveQueryStore<R>(client, entity, query);
  let subscribers = 0;
  let answered: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const stopHold = source.subscribe(() => {
    if (source.getSnapshot().status !== 'loading') answered();
  });
  if (source.getSnapshot().status !== 'loading') answered(); // it failed at once
  const timer = setTimeout(() => release(), HOLD_MS);
  // Only a clean-up: it must not keep a process alive after a server render (Node timers have unref).
  (timer as { unref?: () => void }).unref?.();
  let held = true;
  const forget = () => {
    if (byKey.get(key) === entry) byKey.delete(key);
  };
  const release = () => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    stopHold();
    if (subscribers === 0) forget();
  };
  let failedAt: number | undefined;
  const entry: SuspenseQuery<R[]> = {
    store: {
      subscribe(onChange) {
        subscribers++;
        const stop = source.subscribe(onChange);
        release(); // a mounted component holds the query now
        return () => {
          subscribers--;
          stop();
          if (subscribers === 0) forget();
        };
      },
      getSnapshot: source.getSnapshot,
    },
    ready,
    expired() {
      const now = Date.now();
      failedAt ??= now;
      if (now - failedAt <= ERROR_KEEP_MS) return false;
      release();
      forget();
      return true;
    },
  };
  byKey.set(key, entry as SuspenseQuery<unknown>);
  return entry;
}
