import { usesRelations } from '../relation-paths';
import type { Entity, SyncSpec } from '../types';
import { diffFields } from './fields';
import { byName, canonical, type Emit, same, show } from './util';

const availabilityRank = { 'online-only': 0, 'read-only': 1, 'read-write': 2 } as const;

/** Entities added, removed and changed, in the new spec's order (removals first). */
export function diffEntities(old: SyncSpec, next: SyncSpec, emit: Emit): void {
  const before = byName(old.entities);
  const after = byName(next.entities);
  for (const [name, { index }] of before) {
    if (after.has(name)) continue;
    emit({
      kind: 'entity-removed',
      entity: name,
      pointer: `/entities/${index}`,
      summary: `Entity ${name} removed`,
      risk: 'high',
      breaking: true,
      detail: 'Devices hold its records and unsent changes; those changes can no longer be synced.',
    });
  }
  for (const [name, { item, index }] of after) {
    const at = `/entities/${index}`;
    const was = before.get(name);
    if (!was) {
      emit({
        kind: 'entity-added',
        entity: name,
        pointer: at,
        summary: `Entity ${name} added (${item.offline.availability}, ${item.sync.priority} priority)`,
        risk: 'low',
        breaking: false,
      });
      continue;
    }
    diffEntity(was.item, item, `/entities/${was.index}`, at, emit);
  }
}

function diffEntity(was: Entity, entity: Entity, oldAt: string, at: string, emit: Emit): void {
  const name = entity.name;
  if (was.description !== entity.description) {
    emit({
      kind: 'entity-description-changed',
      entity: name,
      pointer: `${at}/description`,
      summary: `${name} description changed`,
      risk: 'low',
      breaking: false,
    });
  }
  if (was.key !== entity.key) {
    emit({
      kind: 'key-changed',
      entity: name,
      before: was.key,
      after: entity.key,
      pointer: `${at}/key`,
      summary: `${name} key: ${was.key} → ${entity.key}`,
      risk: 'high',
      breaking: true,
      detail: 'Every stored record and every reference to it is keyed by the old field.',
    });
  }
  diffFields(was, entity, oldAt, at, emit);
  diffIndexes(was, entity, oldAt, at, emit);
  diffRelations(was, entity, oldAt, at, emit);
  diffOffline(was, entity, at, emit);
  diffSync(was, entity, at, emit);
  if (!same(was.conflict, entity.conflict)) {
    emit({
      kind: 'conflict-rule-changed',
      entity: name,
      before: was.conflict.strategy,
      after: entity.conflict.strategy,
      pointer: `${at}/conflict`,
      summary: `${name} conflict rule: ${was.conflict.strategy} → ${entity.conflict.strategy}`,
      risk: was.conflict.strategy === entity.conflict.strategy ? 'low' : 'medium',
      breaking: false,
      detail: 'Devices running the old rules resolve conflicts the old way until they update.',
    });
  }
}

function diffIndexes(was: Entity, entity: Entity, oldAt: string, at: string, emit: Emit): void {
  const id = (i: { fields: readonly string[]; unique?: boolean }) =>
    `${i.fields.join('+')}${i.unique ? '!' : ''}`;
  const before = new Map((was.indexes ?? []).map((i, n) => [id(i), n]));
  const after = new Map((entity.indexes ?? []).map((i, n) => [id(i), n]));
  (was.indexes ?? []).forEach((index, n) => {
    if (after.has(id(index))) return;
    emit({
      kind: 'index-removed',
      entity: entity.name,
      fields: index.fields,
      unique: index.unique === true,
      pointer: `${oldAt}/indexes/${n}`,
      summary: `${entity.name} ${index.unique ? 'unique ' : ''}index on ${index.fields.join(', ')} removed`,
      risk: 'low',
      breaking: false,
    });
  });
  (entity.indexes ?? []).forEach((index, n) => {
    if (before.has(id(index))) return;
    emit({
      kind: 'index-added',
      entity: entity.name,
      fields: index.fields,
      unique: index.unique === true,
      pointer: `${at}/indexes/${n}`,
      summary: `${entity.name} ${index.unique ? 'unique ' : ''}index on ${index.fields.join(', ')} added`,
      risk: index.unique ? 'medium' : 'low',
      breaking: false,
      ...(index.unique
        ? { detail: 'Records already stored may repeat these values; check before rolling out.' }
        : {}),
    });
  });
}

function diffRelations(was: Entity, entity: Entity, oldAt: string, at: string, emit: Emit): void {
  const before = byName(was.relations);
  const after = byName(entity.relations);
  for (const [name, { index }] of before) {
    if (after.has(name)) continue;
    emit({
      kind: 'relation-removed',
      entity: entity.name,
      relation: name,
      pointer: `${oldAt}/relations/${index}`,
      summary: `${entity.name} relation ${name} removed`,
      risk: 'medium',
      breaking: false,
    });
  }
  for (const [name, { item, index }] of after) {
    const prior = before.get(name)?.item;
    const pointer = `${at}/relations/${index}`;
    if (!prior) {
      emit({
        kind: 'relation-added',
        entity: entity.name,
        relation: name,
        pointer,
        summary: `${entity.name} relation ${name} added (${item.kind} ${item.entity}, on delete ${item.onDelete})`,
        risk: item.onDelete === 'cascade' ? 'medium' : 'low',
        breaking: false,
      });
    } else if (!same(prior, item)) {
      const cascades = item.onDelete === 'cascade' && prior.onDelete !== 'cascade';
      emit({
        kind: 'relation-changed',
        entity: entity.name,
        relation: name,
        pointer,
        summary: `${entity.name} relation ${name}: ${prior.kind} ${prior.entity}.${prior.field} on delete ${prior.onDelete} → ${item.kind} ${item.entity}.${item.field} on delete ${item.onDelete}`,
        risk: cascades ? 'high' : 'medium',
        breaking: false,
        ...(cascades
          ? { detail: 'Deletes now cascade: deleting one record removes its related records too.' }
          : {}),
      });
    }
  }
}

function diffOffline(was: Entity, entity: Entity, at: string, emit: Emit): void {
  const name = entity.name;
  const o = was.offline;
  const n = entity.offline;
  if (o.availability !== n.availability) {
    const narrower = availabilityRank[n.availability] < availabilityRank[o.availability];
    emit({
      kind: 'availability-changed',
      entity: name,
      before: o.availability,
      after: n.availability,
      pointer: `${at}/offline/availability`,
      summary: `${name} availability: ${o.availability} → ${n.availability}`,
      risk: !narrower ? 'low' : n.availability === 'online-only' ? 'high' : 'medium',
      breaking: narrower,
      ...(narrower
        ? {
            detail:
              'Devices holding records or unsent changes lose what the new availability no longer allows.',
          }
        : {}),
    });
  }
  if (!same(o.scope, n.scope)) {
    emit({
      kind: 'scope-changed',
      entity: name,
      pointer: n.scope ? `${at}/offline/scope` : `${at}/offline`,
      summary: `${name} offline scope: ${o.scope ? canonical(o.scope) : 'all readable records'} → ${n.scope ? canonical(n.scope) : 'all readable records'}`,
      risk: usesRelations(n.scope) && !usesRelations(o.scope) ? 'high' : 'medium',
      breaking: false,
      detail: 'Devices download or drop records to match the new scope at their next sync.',
    });
  }
  if (o.retention !== n.retention) {
    emit({
      kind: 'retention-changed',
      entity: name,
      ...(o.retention !== undefined ? { before: o.retention } : {}),
      ...(n.retention !== undefined ? { after: n.retention } : {}),
      pointer: n.retention !== undefined ? `${at}/offline/retention` : `${at}/offline`,
      summary: `${name} retention: ${show(o.retention)} → ${show(n.retention)}`,
      risk: n.retention !== undefined ? 'medium' : 'low',
      breaking: false,
    });
  }
  if (o.maxRecords !== n.maxRecords) {
    const fewer = n.maxRecords !== undefined && (o.maxRecords === undefined || n.maxRecords < o.maxRecords);
    emit({
      kind: 'max-records-changed',
      entity: name,
      ...(o.maxRecords !== undefined ? { before: o.maxRecords } : {}),
      ...(n.maxRecords !== undefined ? { after: n.maxRecords } : {}),
      pointer: n.maxRecords !== undefined ? `${at}/offline/maxRecords` : `${at}/offline`,
      summary: `${name} max records on device: ${show(o.maxRecords)} → ${show(n.maxRecords)}`,
      risk: fewer ? 'medium' : 'low',
      breaking: false,
    });
  }
  const wasEncrypted = new Set(o.encrypt ?? []);
  const encrypted = new Set(n.encrypt ?? []);
  const changed = [
    ...[...wasEncrypted].filter((f) => !encrypted.has(f)),
    ...[...encrypted].filter((f) => !wasEncrypted.has(f)),
  ];
  for (const field of changed) {
    const on = encrypted.has(field);
    emit({
      kind: 'encryption-changed',
      entity: name,
      field,
      encrypted: on,
      pointer: on ? `${at}/offline/encrypt/${(n.encrypt ?? []).indexOf(field)}` : `${at}/offline`,
      summary: `${name}.${field} ${on ? 'now encrypted' : 'no longer encrypted'} on the device`,
      risk: 'high',
      breaking: true,
      detail: 'Values already stored on devices must be rewritten; the app must ship the matching version.',
    });
  }
}

function diffSync(was: Entity, entity: Entity, at: string, emit: Emit): void {
  const name = entity.name;
  const o = was.sync;
  const n = entity.sync;
  if (o.priority !== n.priority) {
    emit({
      kind: 'priority-changed',
      entity: name,
      before: o.priority,
      after: n.priority,
      pointer: `${at}/sync/priority`,
      summary: `${name} sync priority: ${o.priority} → ${n.priority}`,
      risk: o.priority === 'critical' || n.priority === 'critical' ? 'medium' : 'low',
      breaking: false,
    });
  }
  if (o.direction !== n.direction) {
    const losesPush = o.direction !== 'pull' && n.direction === 'pull';
    emit({
      kind: 'direction-changed',
      entity: name,
      before: o.direction,
      after: n.direction,
      pointer: `${at}/sync/direction`,
      summary: `${name} sync direction: ${o.direction} → ${n.direction}`,
      risk: losesPush ? 'high' : 'medium',
      breaking: losesPush,
      ...(losesPush ? { detail: 'Changes waiting on devices can no longer be pushed.' } : {}),
    });
  }
  for (const setting of ['batchSize', 'coalesce', 'schedule'] as const) {
    if (same(o[setting], n[setting])) continue;
    emit({
      kind: 'sync-setting-changed',
      entity: name,
      setting,
      before: o[setting],
      after: n[setting],
      pointer: n[setting] !== undefined ? `${at}/sync/${setting}` : `${at}/sync`,
      summary: `${name} sync ${setting}: ${show(o[setting])} → ${show(n[setting])}`,
      risk: 'low',
      breaking: false,
    });
  }
}
