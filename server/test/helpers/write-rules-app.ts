import type { Operation, PullResponse, PushResponse, ReadResponse } from '@syncraft/runtime/protocol';
import type { Entity, Role, SyncSpec } from '@syncraft/runtime/spec';
import request from 'supertest';
import { expect } from 'vitest';
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

let n = 0;

/** An upsert of `entity` “key”. */
export function upsertOp(
  entity: string,
  key: string,
  changes: Record<string, unknown>,
  baseVersion = 0,
  node = 'dev',
): Operation {
  n += 1;
  return {
    id: `wr-${process.pid}-${n}`,
    entity,
    key,
    kind: 'upsert',
    changes: changes as Operation['changes'],
    base: {},
    baseVersion,
    hlc: `${String(Date.now()).padStart(13, '0')}-${String(n % 1_000_000).padStart(6, '0')}-${node}`,
    clientId: node,
  };
}

/** A delete of `entity` “key”. */
export function deleteOp(entity: string, key: string, baseVersion: number, node = 'dev'): Operation {
  return { ...upsertOp(entity, key, {}, baseVersion, node), kind: 'delete' };
}

/** Push and pull of one app over HTTP, as a signed-in user. */
export function syncClient(app: Parameters<typeof request>[0], appId: string) {
  return {
    async push(token: string, operations: Operation[]) {
      const res = await request(app)
        .post(`/api/apps/${appId}/sync/push`)
        .set('Authorization', `Bearer ${token}`)
        .send({ protocol: 1, specVersion: '1.0.0', clientId: 'dev', operations });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body as PushResponse).results;
    },
    async pull(token: string, entities?: string[]) {
      const res = await request(app)
        .post(`/api/apps/${appId}/sync/pull`)
        .set('Authorization', `Bearer ${token}`)
        .send({ protocol: 1, specVersion: '1.0.0', clientId: 'dev', ...(entities ? { entities } : {}) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as PullResponse;
    },
    /** `POST …/sync/read`: the raw answer (status and body), for refusals too. */
    async read(token: string, body: Record<string, unknown>) {
      const res = await request(app)
        .post(`/api/apps/${appId}/sync/read`)
        .set('Authorization', `Bearer ${token}`)
        .send({ protocol: 1, specVersion: '1.0.0', clientId: 'dev', ...body });
      return {
        status: res.status,
        body: res.body as ReadResponse & { error?: { code: string; pointer?: string } },
      };
    },
  };
}
