import {
  conforms,
  type Operation,
  type OperationResult,
  type PushResponse,
} from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import request from 'supertest';
import { expect } from 'vitest';
import type { TestApp } from './app';

let clock = 0;

/**
 * Pushes operations as device `node` of the caller `token` over HTTP and expects a 200. Each
 * operation defaults to an upsert of `Job` with a fresh id and timestamp; `partials` override.
 */
export async function pushAs(
  t: TestApp,
  spec: SyncSpec,
  token: string,
  node: string,
  partials: readonly Partial<Operation>[],
): Promise<{ ids: string[]; results: readonly OperationResult[] }> {
  const operations: Operation[] = partials.map((partial) => ({
    id: `op-${node}-${++clock}`,
    entity: 'Job',
    key: 'job-a',
    kind: 'upsert',
    changes: {},
    base: {},
    baseVersion: 0,
    hlc: `${Date.now()}-${String(++clock % 999_999).padStart(6, '0')}-${node}`,
    clientId: node,
    ...partial,
  }));
  const res = await request(t.app)
    .post(`/api/apps/${spec.app.id}/sync/push`)
    .set('Authorization', `Bearer ${token}`)
    .send({ protocol: 1, specVersion: spec.app.version, clientId: node, operations });
  expect(res.status).toBe(200);
  // Every push answer of the server's tests has the wire contract's shape.
  expect(conforms('PushResponse', res.body)).toEqual({ ok: true });
  return { ids: operations.map((o) => o.id), results: (res.body as PushResponse).results };
}
