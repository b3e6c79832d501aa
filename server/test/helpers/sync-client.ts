import type { Change, Operation, PullResponse, PushResponse, ReadResponse } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import request from 'supertest';
import { expect } from 'vitest';

/** What `supertest` drives: an app or a listening server. */
type HttpApp = Parameters<typeof request>[0];

let n = 0;

/** An upsert of `entity` “key” by device `node`, with a fresh id and timestamp. */
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

/**
 * Push, pull and read of one app over HTTP, as a signed-in user. Push and pull expect a 200;
 * `clientId` is the device the requests come from.
 */
export function syncClient(
  app: HttpApp,
  appId: string,
  { specVersion = '1.0.0', clientId = 'dev' }: { specVersion?: string; clientId?: string } = {},
) {
  const post = (path: 'push' | 'pull' | 'read', token: string, body: Record<string, unknown>) =>
    request(app)
      .post(`/api/apps/${appId}/sync/${path}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ protocol: 1, specVersion, clientId, ...body });
  return {
    async push(token: string, operations: Operation[]) {
      const res = await post('push', token, { operations });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body as PushResponse).results;
    },
    /** One page of changes: from `cursor` when given, of `entities` when given. */
    async pull(token: string, entities?: string[], page: { cursor?: string; limit?: number } = {}) {
      const res = await post('pull', token, { ...(entities ? { entities } : {}), ...page });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as PullResponse;
    },
    /** `POST …/sync/read`: the raw answer (status and body), for refusals too. */
    async read(token: string, body: Record<string, unknown>) {
      const res = await post('read', token, body);
      return {
        status: res.status,
        body: res.body as ReadResponse & { error?: { code: string; pointer?: string } },
      };
    },
  };
}

/**
 * One user's device that pulls with its own cursor and keeps what it was sent, as the runtime
 * does: `sync` fetches every page and returns the changes it received.
 */
export class PullingDevice {
  cursor: string | undefined;
  readonly held = new Map<string, Record<string, unknown>>();
  private readonly client: ReturnType<typeof syncClient>;

  constructor(
    app: HttpApp,
    spec: SyncSpec,
    readonly token: string,
    clientId: string,
  ) {
    this.client = syncClient(app, spec.app.id, { specVersion: spec.app.version, clientId });
  }

  /** One page from the device's cursor (the cursor is not moved). */
  pull(limit?: number): Promise<PullResponse> {
    return this.client.pull(this.token, undefined, {
      ...(this.cursor ? { cursor: this.cursor } : {}),
      ...(limit ? { limit } : {}),
    });
  }

  async sync(limit?: number): Promise<Change[]> {
    const all: Change[] = [];
    for (;;) {
      const body = await this.pull(limit);
      for (const change of body.changes) {
        const id = `${change.entity}/${change.key}`;
        if (change.kind === 'upsert') this.held.set(id, change.record);
        else this.held.delete(id);
      }
      this.cursor = body.cursor;
      all.push(...body.changes);
      if (!body.hasMore) return all;
    }
  }

  /** `Entity/key` of every record held, sorted. */
  keys(): string[] {
    return [...this.held.keys()].sort();
  }
}

/**
 * Writes one record at a time as a user's desk (`<user>-desk`), each on the version of the record
 * the last answer gave, as a device that stays in step would; returns the operation's result.
 */
export function deskWriter(app: () => HttpApp, spec: SyncSpec, tokens: Readonly<Record<string, string>>) {
  const versions = new Map<string, number>();
  return async (
    user: string,
    entity: string,
    key: string,
    changes: Operation['changes'],
    kind: Operation['kind'] = 'upsert',
  ) => {
    const desk = `${user}-desk`;
    const id = `${entity}/${key}`;
    const baseVersion = versions.get(id) ?? 0;
    const operation =
      kind === 'delete'
        ? deleteOp(entity, key, baseVersion, desk)
        : upsertOp(entity, key, changes, baseVersion, desk);
    const client = syncClient(app(), spec.app.id, { specVersion: spec.app.version, clientId: desk });
    const [result] = await client.push(tokens[user]!, [operation]);
    if (result && 'version' in result) versions.set(id, result.version);
    return result!;
  };
}
