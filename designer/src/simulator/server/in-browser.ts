import { createMemoryTransport, InMemorySyncServer } from '@syncraft/runtime';
import type { RecordValues } from '@syncraft/runtime/protocol';
import type { ServerFactory, ServerView, SimulationServer } from './server-side';

/** The in-process server's records per entity (tombstones left out) and its conflict count. */
export function readMemoryView(server: InMemorySyncServer): ServerView {
  const records = new Map<string, readonly RecordValues[]>();
  for (const entity of server.spec.entities) {
    records.set(
      entity.name,
      server.store
        .records(entity.name)
        .filter((r) => !r.deleted)
        .map((r) => r.values),
    );
  }
  return { records, conflicts: server.conflicts().length };
}

/**
 * The server side in this browser: an {@link InMemorySyncServer} built from the spec, on the
 * simulation clock, reached through memory transports (no network).
 *
 * @example
 * const sim = await Simulation.create({ spec, devices, databasePrefix: 'sim', server: inBrowserServer() });
 */
export function inBrowserServer(): ServerFactory {
  return async ({ spec, now }) => {
    const server = new InMemorySyncServer({ spec, now });
    const side: SimulationServer = {
      place: { kind: 'browser' },
      async connect(_device, caller) {
        const transport = createMemoryTransport(server, caller);
        return {
          transport,
          setOnline: (online) => {
            transport.online = online;
          },
        };
      },
      record: (entity, key) => server.record(entity, key),
      write: (entity, key, changes) => server.write(entity, key, changes),
      remove: async (entity, key) => {
        await server.remove(entity, key);
      },
      position: async () => server.store.position,
      view: async () => readMemoryView(server),
      dispose: async () => undefined,
    };
    return side;
  };
}
