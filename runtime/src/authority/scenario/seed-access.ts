import { type AccessContext, ownKey, referencedKey, resolveParam } from '../../access';
import type { JsonValue, RecordValues } from '../../protocol';
import {
  type Condition,
  deviceScopeParts,
  type Entity,
  MAX_RELATION_DEPTH,
  resolveStep,
  type SyncSpec,
} from '../../spec';
import type { SeedTarget } from './authority';
import { sampleRecord } from './samples';

/** Fixed values that make a comparison true for `caller`, when the condition says plainly what they are. */
export function fitting(condition: Condition, caller: AccessContext, out: Record<string, JsonValue>): void {
  if ('all' in condition) for (const c of condition.all) fitting(c, caller, out);
  else if ('any' in condition && condition.any[0]) fitting(condition.any[0], caller, out);
  else if ('field' in condition && 'op' in condition && (condition.op === 'eq' || condition.op === 'in')) {
    const target =
      condition.value !== undefined
        ? condition.value
        : condition.param !== undefined
          ? resolveParam(caller, condition.param)
          : undefined;
    const value = condition.op === 'in' && Array.isArray(target) ? target[0] : target;
    if (value !== undefined && !Array.isArray(value)) out[condition.field] = value;
  }
}

/** The conditions that grant `caller` something on `entity`: its offline scope and every grant's scope. */
function grantsOf(spec: SyncSpec, entity: Entity, caller: AccessContext): Condition[] {
  const out: Condition[] = [];
  const { offline } = deviceScopeParts(spec, entity, caller);
  if (offline) out.push(offline);
  for (const role of spec.roles) {
    if (!caller.roles.includes(role.name)) continue;
    for (const p of role.permissions) if (p.entity === entity.name && p.scope) out.push(p.scope);
  }
  return out;
}

/**
 * Makes the records that grant each caller access to `record` through relations: for every
 * "has a related …" (`exists`) in the scopes and grants of its entity, one related record that
 * matches for that caller (a membership of each device's user, say), and the same for the parents
 * reached through `related`. So the conflict scenario can seed a record that both devices hold.
 */
export async function seedAccess(
  spec: SyncSpec,
  server: SeedTarget,
  entity: Entity,
  record: RecordValues,
  callers: readonly AccessContext[],
  now: number,
): Promise<void> {
  let made = 0;
  const satisfy = async (
    on: Entity,
    values: RecordValues,
    condition: Condition,
    caller: AccessContext,
    depth: number,
  ): Promise<void> => {
    if (depth >= MAX_RELATION_DEPTH) return;
    if ('all' in condition || 'any' in condition) {
      for (const c of 'all' in condition ? condition.all : condition.any)
        await satisfy(on, values, c, caller, depth);
      return;
    }
    if (!('related' in condition) && !('exists' in condition)) return;
    const resolved = resolveStep(spec, on, condition);
    if (!resolved.ok) return;
    const { step } = resolved;
    if (step.kind === 'parent') {
      const key = referencedKey(values[step.field]);
      const parent = key === undefined ? undefined : await server.record(step.target.name, key);
      if (!parent) return;
      const conditions =
        'inScope' in condition && condition.inScope
          ? grantsOf(spec, step.target, caller)
          : condition.where
            ? [condition.where]
            : [];
      for (const c of conditions) await satisfy(step.target, parent, c, caller, depth + 1);
      return;
    }
    const own = ownKey(on, values);
    if (own === undefined) return;
    const key = `${step.target.name.toLowerCase()}-seed-${++made}-${now.toString(36)}`;
    const child = sampleRecord(spec, step.target, key, [caller], now);
    if (condition.where) fitting(condition.where, caller, child);
    child[step.field] = own;
    await server.write(step.target.name, key, child);
  };
  for (const caller of callers) {
    for (const condition of grantsOf(spec, entity, caller))
      await satisfy(entity, record, condition, caller, 0);
  }
}

/**
 * Writes a sample record of `entity` on the server with the records it refers to and the records
 * that grant each caller access to it (memberships, a parent's assignee); returns the record.
 */
export async function seedRecord(
  spec: SyncSpec,
  server: SeedTarget,
  entity: Entity,
  key: string,
  callers: readonly AccessContext[],
  now: number,
): Promise<RecordValues> {
  const record = sampleRecord(spec, entity, key, callers, now);
  // Records it refers to exist first, so the seeded record makes sense.
  for (const field of entity.fields) {
    if (field.type !== 'reference' || field.entity === entity.name) continue;
    const target = spec.entities.find((e) => e.name === field.entity);
    const targetKey = record[field.name];
    if (!target || typeof targetKey !== 'string' || (await server.record(target.name, targetKey))) continue;
    await server.write(target.name, targetKey, sampleRecord(spec, target, targetKey, callers, now));
  }
  await server.write(entity.name, key, record);
  await seedAccess(spec, server, entity, record, callers, now);
  return record;
}
