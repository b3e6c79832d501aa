import { type AccessContext, ownKey } from '@syncraft/runtime/access';
import { fitting, sampleRecord } from '@syncraft/runtime/authority';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import {
  type Condition,
  describeCondition,
  type Entity,
  MAX_RELATION_DEPTH,
  resolveStep,
  type SyncSpec,
} from '@syncraft/runtime/spec';
import { paramsObject } from './devices';
import type { Simulation } from './engine';
import { isLocal } from './storage';
import { showValue } from './timeline';

/**
 * A change, made on the server as a back office would, to who holds a record: a parent reassigned
 * (a Job to another technician), a membership added for a device's user, or a record removed.
 */
export type HolderChange =
  | {
      readonly kind: 'reassign';
      readonly entity: string;
      readonly key: string;
      readonly field: string;
      readonly value: JsonValue;
    }
  | {
      readonly kind: 'add-membership';
      /** The membership entity, e.g. `ListMember`. */
      readonly entity: string;
      /** Its reference field to the record it grants, e.g. `listId`. */
      readonly field: string;
      /** The key of the record it grants. */
      readonly grants: string;
      /** The device whose user gets the membership. */
      readonly device: string;
    }
  | { readonly kind: 'remove'; readonly entity: string; readonly key: string };

/** A membership hop of the spec: `membership` records point at `parent` records through `field`. */
export interface MembershipHop {
  readonly membership: string;
  readonly parent: string;
  readonly field: string;
  readonly where: Condition | undefined;
}

/** Every condition of the spec with the entity it is about: offline scopes and permission scopes. */
function conditionsOf(spec: SyncSpec): { entity: Entity; condition: Condition }[] {
  const out: { entity: Entity; condition: Condition }[] = [];
  for (const entity of spec.entities)
    if (entity.offline.scope) out.push({ entity, condition: entity.offline.scope });
  for (const role of spec.roles) {
    for (const p of role.permissions) {
      const entity = spec.entities.find((e) => e.name === p.entity);
      if (entity && p.scope) out.push({ entity, condition: p.scope });
    }
  }
  return out;
}

/** Walks a condition through its relation hops, calling `visit` with each part and its entity. */
function walk(
  spec: SyncSpec,
  entity: Entity,
  condition: Condition,
  visit: (entity: Entity, c: Condition) => void,
  depth = 0,
): void {
  visit(entity, condition);
  if ('all' in condition || 'any' in condition) {
    for (const c of 'all' in condition ? condition.all : condition.any) walk(spec, entity, c, visit, depth);
  } else if ('not' in condition) walk(spec, entity, condition.not, visit, depth);
  else if (('related' in condition || 'exists' in condition) && depth < MAX_RELATION_DEPTH) {
    const resolved = resolveStep(spec, entity, condition);
    if (resolved.ok && condition.where) walk(spec, resolved.step.target, condition.where, visit, depth + 1);
  }
}

/**
 * The fields that decide who holds records of `entity`: its reference fields (its parent) and the
 * fields any scope compares with a parameter, directly or through a relation (`assigneeId`, a
 * membership's `userId`).
 */
export function holderFields(spec: SyncSpec, entity: Entity): string[] {
  const out = new Set(entity.fields.filter((f) => f.type === 'reference').map((f) => f.name));
  for (const { entity: on, condition } of conditionsOf(spec)) {
    walk(spec, on, condition, (e, c) => {
      if (e.name === entity.name && 'field' in c && 'param' in c && c.param !== undefined) out.add(c.field);
    });
  }
  return entity.fields.filter((f) => out.has(f.name) && f.name !== entity.key).map((f) => f.name);
}

/** The "has a related …" hops of the spec's scopes: which entities grant access to which. */
export function membershipHops(spec: SyncSpec): MembershipHop[] {
  const out: MembershipHop[] = [];
  for (const { entity, condition } of conditionsOf(spec)) {
    walk(spec, entity, condition, (on, c) => {
      if (!('exists' in c)) return;
      const resolved = resolveStep(spec, on, c);
      if (!resolved.ok) return;
      const hop = { membership: resolved.step.target.name, parent: on.name, field: resolved.step.field };
      if (!out.some((h) => h.membership === hop.membership && h.field === hop.field))
        out.push({ ...hop, where: c.where });
    });
  }
  return out;
}

/**
 * A membership hop as the holders panel offers it: `ListMember → List`, with the condition a
 * membership must meet, in the designer's words, when it has one.
 *
 * @example
 * membershipLabel(hop); // 'ListMember → List where userId = user.id'
 */
export function membershipLabel(hop: MembershipHop): string {
  return `${hop.membership} → ${hop.parent}${hop.where ? ` where ${describeCondition(hop.where)}` : ''}`;
}

type Holdings = Map<string, Set<string>>;

async function holdings(sim: Simulation, deviceId: string): Promise<Holdings> {
  const out: Holdings = new Map();
  for (const entity of sim.spec.entities.filter(isLocal)) {
    const keys = new Set<string>();
    for (const record of await sim.client(deviceId).table(entity.name).query()) {
      const key = ownKey(entity, record);
      if (key !== undefined) keys.add(key);
    }
    out.set(entity.name, keys);
  }
  return out;
}

function difference(a: Holdings, b: Holdings): string[] {
  const out: string[] = [];
  for (const [entity, keys] of a) {
    for (const key of keys) if (!b.get(entity)?.has(key)) out.push(`${entity} ${key}`);
  }
  return out;
}

function callerOf(sim: Simulation, deviceId: string): AccessContext {
  const config = sim.devices.find((d) => d.id === deviceId);
  if (!config) throw new RangeError(`there is no simulated device “${deviceId}”`);
  return { userId: config.userId, roles: config.roles, params: paramsObject(config), now: sim.clock.now() };
}

async function apply(sim: Simulation, change: HolderChange): Promise<string> {
  const { server, spec } = sim;
  if (change.kind === 'reassign') {
    await server.write(change.entity, change.key, { [change.field]: change.value });
    return `On the server, ${change.entity} ${change.key} now has ${change.field} = ${showValue(change.value)}.`;
  }
  if (change.kind === 'remove') {
    await server.remove(change.entity, change.key);
    return `On the server, ${change.entity} ${change.key} was removed.`;
  }
  const entity = spec.entities.find((e) => e.name === change.entity);
  if (!entity) throw new RangeError(`there is no entity “${change.entity}”`);
  const caller = callerOf(sim, change.device);
  const now = sim.clock.now();
  const key = `${entity.name.toLowerCase()}-${caller.userId}-${now.toString(36)}`;
  const record: RecordValues = sampleRecord(spec, entity, key, [caller], now);
  const hop = membershipHops(spec).find((h) => h.membership === entity.name && h.field === change.field);
  if (hop?.where) fitting(hop.where, caller, record);
  record[change.field] = change.grants;
  await server.write(entity.name, key, record);
  return `On the server, ${entity.name} ${key} now gives ${caller.userId} access to ${hop?.parent ?? 'record'} ${change.grants}.`;
}

/**
 * Makes the change on the server, lets every online device sync, and puts on the timeline which
 * records arrived on and left each device (an offline device gets them at its next sync).
 *
 * @example
 * await changeHolder(sim, { kind: 'reassign', entity: 'Job', key: 'job-1', field: 'assigneeId', value: 'ben' });
 * // timeline: "Ben received Job job-1, Visit visit-1 …", "Ana no longer holds Job job-1, Visit visit-1 …"
 */
export async function changeHolder(sim: Simulation, change: HolderChange): Promise<void> {
  const ids = sim.devices.map((d) => d.id);
  const before = new Map<string, Holdings>();
  for (const id of ids) before.set(id, await holdings(sim, id));
  sim.clock.advance(1000);
  sim.log({ kind: 'step', text: await apply(sim, change) });
  const online = sim.getSnapshot().devices.filter((d) => d.online);
  for (const d of online) await sim.syncNow(d.config.id, { quiet: true });
  await sim.idle();
  for (const config of sim.devices) {
    const was = before.get(config.id) ?? new Map();
    const now = await holdings(sim, config.id);
    const arrived = difference(now, was);
    const left = difference(was, now);
    const isOnline = online.some((d) => d.config.id === config.id);
    sim.log({ kind: 'holdings', device: config.name, arrived, left, online: isOnline });
  }
}
