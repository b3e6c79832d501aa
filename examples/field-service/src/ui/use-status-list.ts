import type { SyncClient } from '@syncraft/runtime';
import { useEffect, useState } from 'react';
import { useClient } from '../sync/hooks';

/**
 * A list the client keeps (dead letters, refusals), read again whenever the status changes — the
 * status counts them, so any change to the list changes the status.
 */
export function useStatusList<T>(read: (client: SyncClient) => Promise<T[]>): {
  items: T[];
  reload: () => void;
} {
  const client = useClient();
  const [items, setItems] = useState<T[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      read(client).then(
        (next) => {
          if (alive) setItems(next);
        },
        () => undefined,
      );
    };
    refresh();
    const stop = client.status.subscribe(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, [client, tick]);
  return { items, reload: () => setTick((t) => t + 1) };
}
