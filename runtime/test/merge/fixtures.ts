import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Operation, RecordValues } from '../../src/protocol/types';
import { validate } from '../../src/spec';
import type { Entity, Field, SyncSpec } from '../../src/spec/types';

/** The canonical example spec, validated. */
export function fieldServiceSpec(): SyncSpec {
  const path = fileURLToPath(new URL('../../../templates/field-service.json', import.meta.url));
  const result = validate(readFileSync(path, 'utf8'));
  if (!result.valid) throw new Error('templates/field-service.json is not a valid spec');
  return result.spec;
}

export function entityOf(spec: SyncSpec, name: string): Entity {
  const entity = spec.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity ${name}`);
  return entity;
}

export function fieldOf(entity: Entity, name: string): Field {
  const field = entity.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

/** A timestamp at `ms` on `node`. */
export function hlc(ms: number, node = 'dev', counter = 0): string {
  return `${String(ms).padStart(13, '0')}-${String(counter).padStart(6, '0')}-${node}`;
}

let opSeq = 0;

/** An upsert operation with sensible defaults. */
export function upsert(
  key: string,
  changes: RecordValues,
  opts: { base?: RecordValues; baseVersion?: number; at?: number; node?: string; id?: string } = {},
): Operation {
  const node = opts.node ?? 'dev';
  return {
    id: opts.id ?? `op-${++opSeq}`,
    entity: 'Job',
    key,
    kind: 'upsert',
    changes,
    base: opts.base ?? {},
    baseVersion: opts.baseVersion ?? 0,
    hlc: hlc(opts.at ?? 1000, node),
    clientId: node,
  };
}

/** A delete operation. */
export function remove(
  key: string,
  opts: { baseVersion: number; at?: number; node?: string; id?: string },
): Operation {
  const node = opts.node ?? 'dev';
  return {
    id: opts.id ?? `op-${++opSeq}`,
    entity: 'Job',
    key,
    kind: 'delete',
    changes: {},
    base: {},
    baseVersion: opts.baseVersion,
    hlc: hlc(opts.at ?? 1000, node),
    clientId: node,
  };
}

/** A complete new Job's values. */
export function newJob(id: string, extra: RecordValues = {}): RecordValues {
  return {
    id,
    title: 'Replace boiler valve',
    siteId: 'site-1',
    assigneeId: 'tech-1',
    region: 'north',
    status: 'open',
    scheduledAt: '2026-11-22T09:00:00Z',
    minutesWorked: 0,
    partsUsed: [],
    ...extra,
  };
}
