import type { Entity, Role, SyncSpec } from '@syncraft/runtime/spec';
import { templateSpec } from './app';

/** Items of a shared list: one text key, an owner, a fixed creator, a status that moves forward. */
export const itemEntity: Entity = {
  name: 'Item',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: true },
    { name: 'title', type: 'string', minLength: 1, maxLength: 200 },
    { name: 'code', type: 'string', pattern: '[A-Z]{2}-[0-9]{3}' },
    { name: 'owner', type: 'string' },
    { name: 'createdBy', type: 'string', fixed: true },
    { name: 'done', type: 'boolean' },
    { name: 'status', type: 'enum', values: ['open', 'in_progress', 'closed'] },
    { name: 'tags', type: 'string-set', minItems: 1, maxItems: 3 },
  ],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'last-writer-wins' },
};

/** Todos keyed by a whole number. */
export const todoEntity: Entity = {
  name: 'Todo',
  key: 'id',
  fields: [
    { name: 'id', type: 'integer', required: true },
    { name: 'text', type: 'string', required: true },
    { name: 'rank', type: 'integer' },
  ],
  offline: { availability: 'read-write' },
  sync: { priority: 'normal', direction: 'both' },
  conflict: { strategy: 'last-writer-wins' },
};

/** An app `id` with the given entities and roles (offline states and retry from field-service). */
export function appSpec(id: string, entities: Entity[], roles: Role[]): SyncSpec {
  const base = templateSpec('field-service');
  return { ...base, app: { ...base.app, id }, parameters: [], entities, roles };
}
