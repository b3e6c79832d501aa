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
