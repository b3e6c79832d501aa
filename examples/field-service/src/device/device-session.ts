import {
  createHttpTransport,
  createSyncClient,
  SpecUpgradeError,
  type SyncClient,
  type SyncTransport,
} from '@syncraft/runtime';
import { APP_ID } from '../config';
import { type Session, syncUserOf } from '../session/token';
import {
  cachedSpec,
  fetchPublished,
  keepSpec,
  type PublishedSpecCopy,
  type SpecStorage,
} from '../spec/published-spec';
import type { AppSchema } from '../spec/sync-types.generated';
import { deviceKey } from './encryption-key';
import { NetworkGate } from './network-gate';

/** How long a spec the local data could not follow waits before it is tried again. */
const RETRY_REFUSED_UPGRADE_MS = 5 * 60_000;

/** Where a device session stands. */
export type DeviceState =
  | { readonly phase: 'opening' }
  | {
      readonly phase: 'ready';
      readonly client: SyncClient<AppSchema>;
      readonly spec: PublishedSpecCopy;
      /** The spec version this device ran before the last upgrade in this session. */
      readonly upgradedFrom?: string;
      /** Why a newer published spec could not be loaded yet (the device keeps running the older one). */
      readonly upgradeProblem?: string;
    }
  | { readonly phase: 'failed'; readonly message: string };

/** What a device session needs from its environment (the browser's by default). */
export interface DeviceEnvironment {
  readonly window: Window;
  readonly storage: SpecStorage;
  readonly origin: string;
  readonly fetch?: typeof fetch;
  /** Another transport (tests); default: HTTP to `origin`. */
  readonly transport?: SyncTransport;
  /** How often to ask the registry for a newer spec while online (default 5 minutes; 0: never). */
  readonly recheckEveryMs?: number;
}

/**
 * The app on this device for one signed-in user: loads the published spec (from the server, or the
 * copy kept from the last start when offline), opens the sync client on the user's own IndexedDB
 * database, and upgrades it when the registry publishes a newer spec — on start, when the
 * connection comes back (before the client syncs) and when the server answers that an upgrade is
 * required. Queued edits survive the upgrade: the runtime migrates the database in place.
 */
export class DeviceSession {
  readonly #session: Session;
  readonly #env: DeviceEnvironment;
  readonly #gate: NetworkGate;
  readonly #listeners = new Set<(state: DeviceState) => void>();
  #state: DeviceState = { phase: 'opening' };
  #checking: Promise<void> | undefined;
  #closed = false;
  #unsubscribe: (() => void) | undefined;
  /** The last published spec this device could not upgrade to, and when. */
  #refused: { readonly hash: string; readonly at: number } | undefined;
  readonly #timer: ReturnType<typeof setInterval> | undefined;

  constructor(session: Session, env: DeviceEnvironment) {
    this.#session = session;
    this.#env = env;
    this.#gate = new NetworkGate(env.window, () => this.checkForNewSpec());
    // A phone that stays online for hours also picks up a new publication (the check is one small
    // request, answered by the registry's published copy).
    const every = env.recheckEveryMs ?? 5 * 60_000;
    this.#timer =
      every > 0
        ? setInterval(() => {
            if (env.window.navigator.onLine) void this.checkForNewSpec();
          }, every)
        : undefined;
  }

  get state(): DeviceState {
    return this.#state;
  }

  subscribe(listener: (state: DeviceState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(state: DeviceState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }

  #ask() {
    return fetchPublished({
      origin: this.#env.origin,
      appId: APP_ID,
      token: this.#session.token,
      ...(this.#env.fetch ? { fetch: this.#env.fetch } : {}),
    });
  }

  /** Loads the spec and opens the client. */
  async open(): Promise<void> {
    const kept = cachedSpec(this.#env.storage, APP_ID);
    let copy = kept;
    let problem: string | undefined;
    if (this.#env.window.navigator.onLine) {
      const answer = await this.#ask();
      if (answer.kind === 'published') copy = answer.copy;
      else problem = answer.message;
    }
    if (!copy) {
      this.#set({
        phase: 'failed',
        message: problem ?? 'The first start needs a connection: the app loads its rules from the server.',
      });
      return;
    }
    try {
      const client = await this.#openClient(copy);
      if (copy !== kept) keepSpec(this.#env.storage, APP_ID, copy);
      this.#ready(client, copy, {});
    } catch (error) {
      if (!(error instanceof SpecUpgradeError) || !kept || kept === copy) throw error;
      // The stored data cannot follow the new rules yet: keep running the ones it was made with.
      const client = await this.#openClient(kept);
      this.#ready(client, kept, { upgradeProblem: upgradeMessage(error) });
    }
  }

  async #openClient(copy: PublishedSpecCopy): Promise<SyncClient<AppSchema>> {
    const { spec } = copy;
    const transport =
      this.#env.transport ??
      createHttpTransport({
        baseUrl: this.#env.origin,
        appId: spec.app.id,
        token: () => this.#session.token,
      });
    return createSyncClient<AppSchema>({
      spec,
      transport,
      user: syncUserOf(this.#session, spec),
      dbName: `syncraft:${spec.app.id}:${this.#session.userId}`,
      encryptionKey: await deviceKey(this.#session.userId),
      network: this.#gate,
    });
  }

  #ready(
    client: SyncClient,
    spec: PublishedSpecCopy,
    extra: { upgradedFrom?: string; upgradeProblem?: string },
  ) {
    if (this.#closed) {
      void client.close();
      return;
    }
    this.#unsubscribe?.();
    this.#unsubscribe = client.on('spec-upgrade-required', () => void this.checkForNewSpec());
    client.start();
    this.#set({ phase: 'ready', client, spec, ...extra });
  }

  /**
   * Asks the registry whether a newer spec is published and, if so, reopens the client on it (the
   * local database is migrated; queued edits, conflicts and refusals are kept). Runs on reconnect
   * (before the client syncs), when the server answers `spec-upgrade-required`, and every
   * `recheckEveryMs` while online. Concurrent calls share one check.
   */
  checkForNewSpec(): Promise<void> {
    this.#checking ??= this.#check().finally(() => {
      this.#checking = undefined;
    });
    return this.#checking;
  }

  async #check(): Promise<void> {
    const current = this.#state;
    if (current.phase !== 'ready') return;
    const answer = await this.#ask();
    if (answer.kind !== 'published' || answer.copy.hash === current.spec.hash || this.#closed) return;
    // A spec the stored data could not follow is tried again only after a while, not on every
    // `spec-upgrade-required` answer of the server (which would reopen the database in a loop).
    const refused = this.#refused;
    if (refused?.hash === answer.copy.hash && Date.now() - refused.at < RETRY_REFUSED_UPGRADE_MS) return;
    this.#unsubscribe?.();
    await current.client.close();
    try {
      const client = await this.#openClient(answer.copy);
      keepSpec(this.#env.storage, APP_ID, answer.copy);
      this.#ready(client, answer.copy, { upgradedFrom: current.spec.version });
    } catch (error) {
      this.#refused = { hash: answer.copy.hash, at: Date.now() };
      const client = await this.#openClient(current.spec);
      this.#ready(client, current.spec, {
        upgradeProblem: error instanceof SpecUpgradeError ? upgradeMessage(error) : String(error),
      });
    }
  }

  /** Stops syncing and closes the local database (sign-out, or the component went away). */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#timer);
    this.#gate.close();
    this.#unsubscribe?.();
    if (this.#state.phase === 'ready') await this.#state.client.close();
  }
}

function upgradeMessage(error: SpecUpgradeError): string {
  const first = error.changes[0];
  return first
    ? `The new rules cannot be loaded yet: ${first.entity}${first.field ? `.${first.field}` : ''}: ${first.reason}`
    : error.message;
}
