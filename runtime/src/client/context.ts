import type { Dexie, Table } from 'dexie';
import type { AccessContext } from '../access/context';
import type { EntityPermissions } from '../access/permissions';
import type { Outbox } from '../engine/outbox';
import type { EntityCodec, StoredRow } from '../local-store';
import type { HybridLogicalClock } from '../merge';
import type { OfflineMachine } from '../offline-states';
import type { JsonValue } from '../protocol';
import type { Entity, SyncSpec } from '../spec';
import type { StatusStore } from '../status';
import type { NoticeLog } from '../sync/lost-writes';
import type { ClientEvents } from './client-events';
import type { Emitter } from './events';
import type { Scheduler } from './scheduler';
import type { SerialQueue } from './serial-queue';

/** The signed-in user the device acts for: what permissions and scopes are evaluated against. */
export interface SyncUser {
  readonly id: string;
  readonly roles: readonly string[];
  /** Values of the spec's declared parameters, e.g. `{ region: 'north' }`. */
  readonly params?: Readonly<Record<string, JsonValue>>;
}

/** One entity as the engine runs it: the spec definition plus what is derived from it once. */
export interface EntityRuntime {
  readonly entity: Entity;
  /** Position in `spec.entities`, for JSON pointers in messages. */
  readonly position: number;
  readonly codec: EntityCodec;
  /** Priority rank (0 = critical). */
  readonly rank: number;
  /** Whether keys are numbers (integer/number key field) rather than strings. */
  readonly numericKey: boolean;
  /** What the user's roles may do with this entity (merged across roles), computed once. */
  readonly permissions: EntityPermissions;
  /** Fields by name. */
  readonly fields: ReadonlyMap<string, Entity['fields'][number]>;
}

/** Everything the engine's parts share for one client. Created once per client: no module singletons. */
export interface EngineContext {
  readonly spec: SyncSpec;
  readonly db: Dexie;
  readonly entities: ReadonlyMap<string, EntityRuntime>;
  readonly clientId: string;
  readonly clock: HybridLogicalClock;
  readonly scheduler: Scheduler;
  readonly user: SyncUser;
  readonly machine: OfflineMachine;
  readonly status: StatusStore;
  readonly events: Emitter<ClientEvents>;
  /** Serialises every read-modify-write of local data. */
  readonly lock: SerialQueue;
  readonly notices: NoticeLog;
  /** The queue of local changes; the only way to its table. */
  readonly outbox: Outbox;
  readonly random: () => number;
  readonly randomId: () => string;
  /** Records this client knows are stored (see {@link KnownRows}). */
  readonly knownRows: KnownRows;
}

/** Most records {@link KnownRows} remembers; past it, it starts again from nothing. */
const KNOWN_ROWS_LIMIT = 50_000;

/**
 * Records this client has seen stored on the device (written, read with `get`, or found when a
 * read-free create was refused): a `put` of one of them reads the row first instead of trying to
 * add it. Only a hint for choosing the path: the write's transaction checks either way, so a record
 * another tab deleted or created meanwhile is still written correctly.
 */
export class KnownRows {
  readonly #ids = new Set<string>();

  has(entity: string, key: string): boolean {
    return this.#ids.has(`${entity}\u0000${key}`);
  }

  /** Notes whether the record is stored now. */
  note(entity: string, key: string, stored: boolean): void {
    const id = `${entity}\u0000${key}`;
    if (!stored) this.#ids.delete(id);
    else {
      if (this.#ids.size >= KNOWN_ROWS_LIMIT) this.#ids.clear();
      this.#ids.add(id);
    }
  }
}

/** The access context of the device's user at the current time. */
export function accessContext(ctx: EngineContext): AccessContext {
  return {
    userId: ctx.user.id,
    roles: ctx.user.roles,
    params: ctx.user.params ?? {},
    now: ctx.scheduler.now(),
  };
}

/** The entity's table of stored rows. */
export function rowsOf(ctx: EngineContext, entity: string): Table<StoredRow, string | number> {
  return ctx.db.table(entity);
}

/** The record key as stored (number for numeric keys) from its wire form (always a string). */
export function storedKey(runtime: EntityRuntime, key: string): string | number {
  return runtime.numericKey ? Number(key) : key;
}
