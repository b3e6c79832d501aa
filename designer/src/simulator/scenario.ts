import { paramsSelecting } from '@syncraft/runtime/access';
import { conflictingValues, editableFields, scopeFields, seedRecord } from '@syncraft/runtime/authority';
import { effectiveRule } from '@syncraft/runtime/merge';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import type { Entity, Field } from '@syncraft/runtime/spec';
import { paramsObject } from './devices';
import type { Simulation } from './engine';
import { explainResolution } from './resolution';
import { isLocal } from './storage';
import type { FieldEdit, FieldResolution } from './timeline';

/** What the conflict scenario ended with. */
export type ScenarioOutcome =
  | {
      readonly kind: 'resolved';
      readonly entity: string;
      readonly key: string;
      readonly fields: readonly FieldResolution[];
      readonly converged: boolean;
    }
  /** The scenario could not run for this entity; `reason` says why in plain language. */
  | { readonly kind: 'not-possible'; readonly reason: string };

/** Fields a device may change on existing records of the entity (see `editableFields`). */
function editableOn(sim: Simulation, deviceId: string, entity: Entity): Field[] {
  const device = sim.devices.find((d) => d.id === deviceId);
  return device ? editableFields(sim.spec, entity, device.roles) : [];
}

/** Opens, on a device, the first subscription of the entity that selects `record`; its name, if any. */
async function openSubscriptionFor(
  sim: Simulation,
  deviceId: string,
  entity: string,
  record: RecordValues,
): Promise<string | undefined> {
  for (const sub of sim.spec.subscriptions ?? []) {
    if (sub.entity !== entity) continue;
    const params = paramsSelecting(sim.spec, sub.name, record);
    if (!params) continue;
    await sim.client(deviceId).subscribe(sub.name, params);
    return sub.name;
  }
  return undefined;
}

/** Why the scenario cannot run on this entity, or undefined when it can. */
export function scenarioBlocker(sim: Simulation, entityName: string): string | undefined {
  const entity = sim.spec.entities.find((e) => e.name === entityName);
  if (!entity) return `The app has no entity “${entityName}”.`;
  if (!isLocal(entity)) return `${entity.name} is online-only: devices cannot edit it offline.`;
  if (entity.offline.availability === 'read-only' || entity.sync.direction === 'pull')
    return `${entity.name} is read-only on devices: roles allowed to change it write straight to the server while online, never offline, so devices never conflict on it.`;
  const [a, b] = sim.devices;
  if (!a || !b) return 'The scenario needs two devices.';
  for (const d of [a, b]) {
    if (editableOn(sim, d.id, entity).length === 0)
      return `${d.name} (${d.roles.join(', ') || 'no role'}) may not change any field of ${entity.name}: give that role update permission, or sign the device in with another role.`;
  }
  return undefined;
}

async function seed(sim: Simulation, entity: Entity, key: string): Promise<RecordValues> {
  const now = sim.clock.now();
  const callers = sim.devices.map((d) => ({
    userId: d.userId,
    roles: d.roles,
    params: paramsObject(d),
    now,
  }));
  return seedRecord(sim.spec, sim.server, entity, key, callers, now);
}

/** An edit made on one device: `value` is what the write carries, `shown` how the timeline says it. */
type Edit = { readonly field: Field; readonly value: JsonValue; readonly shown: Omit<FieldEdit, 'device'> };

function editsFor(
  sim: Simulation,
  entity: Entity,
  fields: readonly Field[],
  side: 0 | 1,
  authors: readonly [string, string],
): Edit[] {
  return fields.map((field) => {
    if (field.type === 'counter') {
      const by = side === 0 ? 15 : 20;
      return { field, value: by, shown: { value: by, adds: true } };
    }
    if (field.type === 'string-set') {
      const item = `added-by-${authors[side].toLowerCase()}`;
      return { field, value: [item], shown: { value: item, adds: true } };
    }
    const value = conflictingValues(entity, field, sim.clock.now(), authors)[side];
    return { field, value, shown: { value } };
  });
}

/**
 * Writes the edits as the app would: increments and set additions through their own calls, and the
 * fields under a manual rule in their own update, so the timeline shows the rules' merges apart
 * from the conflict a person must decide.
 */
async function applyEdits(
  sim: Simulation,
  deviceId: string,
  entity: Entity,
  key: string,
  edits: readonly Edit[],
): Promise<Edit[]> {
  const done: Edit[] = [];
  const changes: Edit[] = [];
  const manual: Edit[] = [];
  for (const edit of edits) {
    const { field, value } = edit;
    if (field.type === 'counter' && typeof value === 'number') {
      const outcome = await sim.write(deviceId, {
        kind: 'increment',
        entity: entity.name,
        key,
        field: field.name,
        by: value,
      });
      if (outcome.ok) done.push(edit);
    } else if (field.type === 'string-set' && Array.isArray(value)) {
      const items = value.map(String);
      const outcome = await sim.write(deviceId, {
        kind: 'add-to-set',
        entity: entity.name,
        key,
        field: field.name,
        items,
      });
      if (outcome.ok) done.push(edit);
    } else if (effectiveRule(entity, field).strategy === 'manual') manual.push(edit);
    else changes.push(edit);
  }
  for (const group of [changes, manual]) {
    if (group.length === 0) continue;
    const values = Object.fromEntries(group.map((e) => [e.field.name, e.value]));
    const outcome = await sim.write(deviceId, { kind: 'update', entity: entity.name, key, changes: values });
    if (outcome.ok) done.push(...group);
  }
  return done;
}

/**
 * The canned conflict: a record of `entityName` is created on the server, both devices pull it and
 * go offline, each edits every field it may change (the same fields where both may), the first
 * comes back online and syncs, then the second, then the first once more. The timeline shows the
 * server's decisions as they happen and, at the end, how each field was resolved and by which rule.
 */
export async function runConflictScenario(sim: Simulation, entityName: string): Promise<ScenarioOutcome> {
  const blocker = scenarioBlocker(sim, entityName);
  const entity = sim.spec.entities.find((e) => e.name === entityName);
  const [a, b] = sim.devices;
  if (blocker !== undefined || !entity || !a || !b) {
    const reason = blocker ?? 'The scenario needs two devices.';
    sim.log({ kind: 'step', text: `Scenario not possible: ${reason}` });
    return { kind: 'not-possible', reason };
  }
  sim.setBusy(true);
  try {
    const key = `${entity.name.toLowerCase()}-${sim.clock.now().toString(36)}`;
    sim.log({
      kind: 'step',
      text: `Scenario: ${a.name} and ${b.name} edit ${entity.name} ${key} while offline.`,
    });
    let base: RecordValues;
    try {
      base = await seed(sim, entity, key);
    } catch (error) {
      const reason = `the server refused the sample ${entity.name}: ${error instanceof Error ? error.message : String(error)}`;
      sim.log({ kind: 'step', text: `Scenario not possible: ${reason}` });
      return { kind: 'not-possible', reason };
    }
    for (const d of [a, b]) {
      sim.setOnline(d.id, true);
      await sim.syncNow(d.id, { quiet: true });
      if ((await sim.client(d.id).table(entity.name).get(key)) !== undefined) continue;
      // Records a device holds only while it subscribes: open a subscription that brings this one.
      const opened = await openSubscriptionFor(sim, d.id, entity.name, base);
      if (opened) {
        sim.log({
          kind: 'step',
          text: `${d.name} opens subscription “${opened}” to work on ${entity.name} ${key}.`,
        });
        await sim.syncNow(d.id, { quiet: true });
      }
    }
    for (const d of [a, b]) {
      if ((await sim.client(d.id).table(entity.name).get(key)) === undefined) {
        const other = d === a ? b : a;
        const reason = `${d.name} does not receive ${entity.name} ${key}: it is outside ${d.name}'s scope or read permission. To see a conflict, sign ${d.name} in as ${other.userId} (the same person on a second device) under “Devices and who is signed in”, or give ${d.roles.join(', ') || 'the device'} a wider read scope on ${entity.name}.`;
        sim.log({ kind: 'step', text: `Scenario not possible: ${reason}` });
        return { kind: 'not-possible', reason };
      }
    }
    sim.log({ kind: 'step', text: `Both devices have ${entity.name} ${key}. Both go offline.` });
    sim.setOnline(a.id, false);
    sim.setOnline(b.id, false);

    const authors = [a.name, b.name] as const;
    const fieldsA = editableOn(sim, a.id, entity);
    const fieldsB = editableOn(sim, b.id, entity);
    const shared = fieldsA.filter((f) => fieldsB.some((g) => g.name === f.name));
    const routing = [...scopeFields(sim.spec, entity)].filter((f) => f !== entity.key);
    if (routing.length > 0)
      sim.log({
        kind: 'step',
        text: `${routing.join(', ')} decide${routing.length === 1 ? 's' : ''} who holds the record: left alone so both devices keep it.`,
      });
    let editsA = await applyEdits(
      sim,
      a.id,
      entity,
      key,
      editsFor(sim, entity, shared.length > 0 ? shared : fieldsA, 0, authors),
    );
    let editsB = await applyEdits(
      sim,
      b.id,
      entity,
      key,
      editsFor(sim, entity, shared.length > 0 ? shared : fieldsB, 1, authors),
    );
    const startSeq = sim.getSnapshot().timeline.at(-1)?.seq ?? 0;

    sim.log({ kind: 'step', text: `${a.name} comes back online first, then ${b.name}.` });
    sim.setOnline(a.id, true);
    await sim.syncNow(a.id, { quiet: true });
    sim.setOnline(b.id, true);
    await sim.syncNow(b.id, { quiet: true });
    await sim.syncNow(a.id, { quiet: true });
    await sim.idle();

    // A change the server refused counts for nothing: the timeline already says why.
    const refused = new Set(
      sim
        .getSnapshot()
        .timeline.filter((e) => e.seq > startSeq && e.kind === 'rejected' && e.key === key)
        .map((e) => ('device' in e ? e.device : '')),
    );
    if (refused.has(a.name)) editsA = [];
    if (refused.has(b.name)) editsB = [];
    const result = (await sim.server.record(entity.name, key)) ?? {};
    const names = new Set([...editsA, ...editsB].map((e) => e.field.name));
    const fields: FieldResolution[] = [];
    for (const field of entity.fields) {
      if (!names.has(field.name)) continue;
      const edits = [
        ...editsA.filter((e) => e.field.name === field.name).map((e) => ({ device: a.name, ...e.shown })),
        ...editsB.filter((e) => e.field.name === field.name).map((e) => ({ device: b.name, ...e.shown })),
      ];
      const rule = effectiveRule(entity, field);
      const final = result[field.name] ?? null;
      fields.push({
        field: field.name,
        strategy: rule.strategy,
        base: base[field.name] ?? null,
        edits,
        result: final,
        why: explainResolution(rule, edits, final),
      });
    }
    let converged = true;
    for (const d of [a, b]) {
      const local = await sim.client(d.id).table(entity.name).get(key);
      if (!local) {
        sim.log({
          kind: 'step',
          text: `${d.name} no longer holds ${entity.name} ${key}: it left ${d.name}'s scope.`,
        });
        continue;
      }
      for (const f of fields) {
        if (JSON.stringify(local[f.field] ?? null) !== JSON.stringify(f.result)) converged = false;
      }
    }
    sim.log({ kind: 'resolution', entity: entity.name, key, fields, converged });
    return { kind: 'resolved', entity: entity.name, key, fields, converged };
  } finally {
    sim.setBusy(false);
  }
}
