import type { AccessContext } from '../access/context';
import { permissionsFor } from '../access/permissions';
import { redact } from '../access/redact';
import { inScope } from '../access/scope';
import { type BoundSubscription, bindSubscription } from '../access/subscriptions';
import { PROTOCOL_LIMITS } from '../protocol/limits';
import { apiFailure, parsePullRequest } from '../protocol/parse';
import { type Change, PROTOCOL_VERSION, type PullRequest, type PullResponse } from '../protocol/types';
import { deviceScopeParts, subscribed, usesRelations } from '../spec/relation-paths';
import type { Entity, SyncSpec } from '../spec/types';
import { settledConflicts } from './conflicts';
import { checkSpecVersion } from './handshake';
import { decodePullCursor, encodePullCursor } from './pull-cursor';
import type { AuthorityAnswer } from './push';
import type { AuthorityStore } from './store';

/** True when devices of this caller receive `entity` by pull: direction pull or both, stored offline, readable. */
export function pullable(spec: SyncSpec, entity: Entity, caller: AccessContext): boolean {
  return (
    entity.sync.direction !== 'push' &&
    entity.offline.availability !== 'online-only' &&
    permissionsFor(spec, caller.roles, entity.name).actions.has('read')
  );
}

const START_OVER =
  'Pull again without a cursor to start over (the device then receives every record in scope).';

/**
 * True when whether a record of `entity` belongs on the caller's devices depends on other records
 * (its offline scope or one of the caller's read grants follows a relation) or on the device's
 * open subscriptions: such entities are pulled by device view (`AuthorityStore.viewChanges`), not
 * from the change log.
 */
export function followsRelations(spec: SyncSpec, entity: Entity, caller: AccessContext): boolean {
  const { offline, read } = deviceScopeParts(spec, entity, caller);
  return subscribed(spec, entity) || usesRelations(offline) || read.some(usesRelations);
}

/**
 * Answers a pull: the changes after the request's cursor, oldest first, for the entities the
 * caller may pull (see {@link pullable}; `request.entities` narrows them, and naming an entity
 * the app does not have is a 400).
 *
 * Each changed record becomes an `upsert` (hidden fields removed) when it lies in the entity's
 * offline scope and the caller's read scope. A record that does not (any more) becomes a `delete`
 * with reason `out-of-scope`, a tombstone a `delete` with reason `deleted`, but only when the
 * caller could see the record's previous state (`StoredChange.previous`), and `out-of-scope`
 * never on a first pull (no cursor): nobody learns the key of a record they could never see. Skipped changes still move the cursor (it never skips a change a caller may see). A cursor belongs to the entity
 * set it was pulled with: a device that pulls entity groups separately keeps a cursor per group.
 * The page size is `request.limit`, capped at {@link PROTOCOL_LIMITS.maxPullLimit}.
 */
export async function processPull(
  spec: SyncSpec,
  who: AccessContext,
  request: PullRequest,
  store: AuthorityStore,
): Promise<AuthorityAnswer<PullResponse>> {
  let caller = who;
  // Open subscriptions are checked against the spec on every pull, never trusted from the device.
  const bound: BoundSubscription[] = [];
  for (const [i, open] of (request.subscriptions ?? []).entries()) {
    const result = bindSubscription(spec, open, `/subscriptions/${i}`);
    if (!result.ok) {
      return apiFailure(400, 'bad-request', result.problem.message, {
        pointer: result.problem.pointer,
        hint: 'Open the subscription with the parameters the spec declares (docs/spec.md, "Subscriptions").',
      });
    }
    bound.push(result.value);
  }
  if (bound.length > 0) caller = { ...caller, subscriptions: bound };
  const byName = new Map(spec.entities.map((e) => [e.name, e]));
  const unknown = request.entities?.findIndex((name) => !byName.has(name)) ?? -1;
  if (unknown !== -1) {
    return apiFailure(400, 'bad-request', `The app has no entity “${request.entities?.[unknown]}”.`, {
      pointer: `/entities/${unknown}`,
    });
  }
  const wanted = request.entities ? new Set(request.entities) : undefined;
  const entities = spec.entities.filter((e) => (!wanted || wanted.has(e.name)) && pullable(spec, e, caller));
  const limit = Math.min(
    Math.max(1, request.limit ?? PROTOCOL_LIMITS.defaultPullLimit),
    PROTOCOL_LIMITS.maxPullLimit,
  );
  const position = decodePullCursor(request.cursor);
  if (!position) {
    return apiFailure(400, 'bad-request', 'The cursor is not one this server handed out.', {
      pointer: '/cursor',
      hint: START_OVER,
    });
  }
  const byView = entities.filter((e) => followsRelations(spec, e, caller));
  const byLog = entities.filter((e) => !byView.includes(e));
  const page = await store.changesSince({
    cursor: position.log,
    entities: byLog.map((e) => e.name),
    limit,
  });
  if (page.kind === 'invalid-cursor') {
    return apiFailure(400, 'bad-request', page.message, { pointer: '/cursor', hint: START_OVER });
  }
  const permissions = new Map(entities.map((e) => [e.name, permissionsFor(spec, caller.roles, e.name)]));
  const changes: Change[] = [];
  // A device that pulls without a cursor never received a record, so nothing left its scope.
  const firstPull = request.cursor === undefined;
  for (const { entity: name, record, previous } of page.changes) {
    const entity = byName.get(name);
    const perms = permissions.get(name);
    if (!entity || !perms) continue; // the store returned an entity that was not asked for
    const base = { entity: name, key: record.key, version: record.version } as const;
    // Only a caller who could see the record before may hear that it went: anyone else would
    // learn the key of a record outside their scope.
    const sawBefore = () =>
      previous !== undefined && !previous.deleted && inScope(spec, entity, previous.values, caller, perms);
    if (record.deleted) {
      // Even on a first pull: the device may hold the record from its own earlier push.
      if (sawBefore()) changes.push({ kind: 'delete', ...base, reason: 'deleted' });
    } else if (inScope(spec, entity, record.values, caller, perms)) {
      changes.push({
        kind: 'upsert',
        ...base,
        hlc: record.hlc,
        record: redact(record.values, perms.hiddenFields),
      });
    } else if (!firstPull && sawBefore()) changes.push({ kind: 'delete', ...base, reason: 'out-of-scope' });
  }
  // Entities whose scopes follow relations: what the device holds against what the scopes select
  // now, in the room the log left. Without room, the views stay where the device confirmed them.
  let views: Record<string, number> = {};
  for (const e of byView) if (position.views[e.name] !== undefined) views[e.name] = position.views[e.name]!;
  let viewsHaveMore = false;
  const room = page.hasMore ? 0 : limit - page.changes.length;
  if (byView.length > 0 && room > 0) {
    const viewPage = await store.viewChanges({
      spec,
      caller,
      clientId: request.clientId,
      entities: byView.map((entity) => ({ entity, confirmed: position.views[entity.name] })),
      limit: room,
    });
    views = { ...viewPage.versions };
    viewsHaveMore = viewPage.hasMore;
    for (const change of viewPage.changes) {
      const perms = permissions.get(change.entity);
      if (!perms) continue;
      if (change.kind === 'delete') {
        const { kind, entity, key, version, reason } = change;
        changes.push({ kind, entity, key, version, reason });
        continue;
      }
      const { record } = change;
      changes.push({
        kind: 'upsert',
        entity: change.entity,
        key: record.key,
        version: record.version,
        hlc: record.hlc,
        record: redact(record.values, perms.hiddenFields),
      });
    }
  } else if (byView.length > 0) viewsHaveMore = true;
  const cursor = encodePullCursor({ log: page.cursor, views }) ?? page.cursor;
  const settled = request.openConflicts?.length
    ? await settledConflicts(spec, caller, request.clientId, request.openConflicts, store)
    : [];
  return {
    ok: true,
    status: 200,
    body: {
      protocol: PROTOCOL_VERSION,
      changes,
      cursor,
      hasMore: page.hasMore || viewsHaveMore,
      ...(settled.length > 0 ? { settled } : {}),
    },
  };
}

/**
 * The whole pull endpoint minus HTTP: shape and protocol check, spec-version check (409
 * `spec-upgrade-required`), then {@link processPull}.
 */
export async function handlePull(
  spec: SyncSpec,
  caller: AccessContext,
  body: unknown,
  store: AuthorityStore,
): Promise<AuthorityAnswer<PullResponse>> {
  const parsed = parsePullRequest(body);
  if (!parsed.ok) return parsed;
  const stale = checkSpecVersion(spec, parsed.value.specVersion);
  if (stale) return stale;
  return processPull(spec, caller, parsed.value, store);
}
