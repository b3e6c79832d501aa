import { createHttpTransport } from '@syncraft/runtime';
import type { RecordValues } from '@syncraft/runtime/protocol';
import {
  openSandbox,
  type RegistryClient,
  type RegistryFailure,
  type SandboxSession,
} from '@syncraft/runtime/registry';
import { type GatedLink, gatedLink } from './gate';
import type { ServerFactory, ServerView, SimulationServer } from './server-side';

/** The server would not open a sandbox: the registry's answer, for the panel to explain. */
export class SandboxRefused extends Error {
  override readonly name = 'SandboxRefused';
  constructor(readonly failure: RegistryFailure) {
    super(`the Syncraft server would not open a sandbox (${failure.kind})`);
  }
}

/** How to reach the Syncraft server. */
export interface SyncraftServerOptions {
  /** Signed in as a builder or admin (sandboxes need `sandbox.create`). */
  readonly registry: RegistryClient;
  /** The server's origin: the designer's own (`location.origin`) when the server serves it. */
  readonly origin: string;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Hears the sandbox once it is open (e.g. to delete it when the page goes away). */
  readonly onOpen?: (session: SandboxSession) => void;
}

/**
 * The server side on the real Syncraft server: a fresh simulator sandbox running the draft spec
 * (`POST /api/sandboxes`). Devices sync over HTTP with the sandbox's device tokens; seeding and
 * back-office edits go through its records endpoint; the server column reads its records back;
 * `dispose` deletes it. Refusals to open it throw {@link SandboxRefused}.
 *
 * @example
 * const server = onSyncraftServer({ registry, origin: location.origin });
 * const sim = await Simulation.create({ spec, devices, databasePrefix: 'sim', server });
 */
export function onSyncraftServer(options: SyncraftServerOptions): ServerFactory {
  return async ({ spec }) => {
    const opened = await openSandbox(options, spec);
    if (!opened.ok) throw new SandboxRefused(opened.failure);
    const session = opened.value;
    options.onOpen?.(session);
    const links: GatedLink[] = [];
    let seen: string | undefined;
    let last: ServerView = { records: new Map(), conflicts: undefined };

    // Every read compares with the last one: a change (a device's push) wakes the devices, as the
    // server's change events would.
    const read = async (): Promise<ServerView> => {
      const answer = await session.records();
      const records = new Map<string, readonly RecordValues[]>(
        Object.entries(answer.records).map(([entity, list]) => [entity, list ?? []]),
      );
      const text = JSON.stringify([...records]);
      if (seen !== undefined && text !== seen) for (const link of links) link.wake();
      seen = text;
      return { records, conflicts: answer.conflicts };
    };
    const edited = () => {
      for (const link of links) link.wake();
    };

    const side: SimulationServer = {
      place: { kind: 'sandbox', id: session.id, origin: options.origin, expiresAt: session.expiresAt },
      async connect(device, caller) {
        // Asked now, so a refused token stops the start with the server's reason.
        await session.token(caller());
        const http = createHttpTransport({
          baseUrl: options.origin,
          appId: session.id,
          token: () => session.token(caller()),
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
        // Only push, pull and read: change notices come from the simulation (see gatedLink).
        const { subscribe: _events, ...calls } = http;
        const link = gatedLink(calls, device.name);
        links.push(link);
        return link;
      },
      record: (entity, key) => session.authority.record(entity, key),
      async write(entity, key, changes) {
        const written = await session.authority.write(entity, key, changes);
        edited();
        return written;
      },
      async remove(entity, key) {
        await session.remove(entity, key);
        edited();
      },
      position: async () => JSON.stringify([...(await read()).records]),
      async view() {
        try {
          last = await read();
          return last;
        } catch (error) {
          const problem = `The server's records could not be read: ${error instanceof Error ? error.message : String(error)}`;
          return { ...last, problem };
        }
      },
      dispose: () => session.dispose(),
    };
    return side;
  };
}
