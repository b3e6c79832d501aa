import type { SyncClient, UnsentState } from '@syncraft/runtime';
import { useEffect, useState } from 'react';
import { useClient } from '../sync/hooks';

/** Per record (`Entity/key`), where its unsent edits stand; absent means confirmed by the server. */
export type UnsentMap = ReadonlyMap<string, UnsentState>;

export const recordId = (entity: string, key: string) => `${entity}/${key}`;

async function read(client: SyncClient): Promise<UnsentMap> {
  const list = await client.unsentRecords();
  return new Map(list.map((r) => [recordId(r.entity, r.key), r.state]));
}

/** The unsent-edit state of every record, re-read whenever the client's status changes. */
export function useUnsent(): UnsentMap {
  const client = useClient();
  const [map, setMap] = useState<UnsentMap>(new Map());
  useEffect(() => {
    let alive = true;
    let running = false;
    let again = false;
    const refresh = () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      read(client)
        .then((next) => {
          if (alive) setMap(next);
        })
        .catch(() => undefined)
        .finally(() => {
          running = false;
          if (again && alive) {
            again = false;
            refresh();
          }
        });
    };
    refresh();
    const stop = client.status.subscribe(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, [client]);
  return map;
}
