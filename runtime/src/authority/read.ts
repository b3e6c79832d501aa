import { evaluateCondition, type RelationContext } from '../access/condition';
import type { AccessContext } from '../access/context';
import { loadRelated, RelatedRecordCache } from '../access/load-related';
import { allows, permissionsFor } from '../access/permissions';
import { redact } from '../access/redact';
import type { StoredRecord } from '../merge/record';
import { PROTOCOL_LIMITS } from '../protocol/limits';
import { apiFailure, parseReadRequest } from '../protocol/parse';
import { PROTOCOL_VERSION, type ReadRecord, type ReadRequest, type ReadResponse } from '../protocol/types';
import { usesRelations } from '../spec/relation-paths';
import type { SyncSpec } from '../spec/types';
import { checkSpecVersion } from './handshake';
import type { AuthorityAnswer } from './push';
import { readFilterCondition } from './read-filter';
import type { AuthorityStore } from './store';

/**
 * Answers a read: records of one entity straight from the server, as the caller's read grants
 * allow, whatever the entity's offline availability. It is how an app reads `online-only`
 * records (which no pull delivers, because no device stores them) and how an integration reads
 * any entity without keeping a device's cursor.
 *
 * With `keys`, the live records of those keys that lie in the caller's read scope; the others
 * are left out alike, so nobody learns whether a record they may not read exists. Without `keys`,
 * a page of the entity's records in change order, `limit` at most (capped like a pull); a page
 * may hold fewer records than `limit` (even none) while `hasMore` is true, because records the
 * caller may not read are skipped after they are fetched. The entity's offline scope does not
 * apply: it trims what a device keeps, not what its user may read. Hidden fields are removed.
 * `where` narrows either kind of read to records whose fields match (datetimes as instants);
 * it never widens what the read grants allow.
 *
 * A caller whose roles grant no `read` on the entity gets 403 `forbidden`; an unknown entity 400.
 */
export async function processRead(
  spec: SyncSpec,
  caller: AccessContext,
  request: ReadRequest,
  store: AuthorityStore,
): Promise<AuthorityAnswer<ReadResponse>> {
  const entity = spec.entities.find((e) => e.name === request.entity);
  if (!entity) {
    return apiFailure(400, 'bad-request', `The app has no entity “${request.entity}”.`, {
      pointer: '/entity',
    });
  }
  const perms = permissionsFor(spec, caller.roles, entity.name);
  const readScope = perms.actions.get('read');
  if (!readScope) {
    return apiFailure(
      403,
      'forbidden',
      `With ${caller.roles.length === 0 ? 'no role' : `role ${caller.roles.join(', ')}`} you may not read ${entity.name} records.`,
      { pointer: '/entity', hint: `Ask for a role that grants read on ${entity.name}.` },
    );
  }
  const filter = request.where ? readFilterCondition(entity, request.where, perms.hiddenFields) : undefined;
  if (filter && !filter.ok) return filter;
  const conditions = readScope.kind === 'any' ? [] : readScope.conditions;
  const related = new RelatedRecordCache();
  const readable = async (record: StoredRecord): Promise<boolean> => {
    if (record.deleted) return false;
    if (filter && !evaluateCondition(filter.condition, record.values, caller)) return false;
    let relations: RelationContext | undefined;
    if (conditions.some(usesRelations)) {
      await loadRelated(spec, entity, conditions, [record.values], caller, store, related);
      relations = { spec, entity, records: related };
    }
    return allows(perms, 'read', record.values, caller, relations);
  };
  const shown = (record: StoredRecord): ReadRecord => ({
    key: record.key,
    version: record.version,
    record: redact(record.values, perms.hiddenFields),
  });

  const records: ReadRecord[] = [];
  if (request.keys) {
    for (const key of new Set(request.keys)) {
      const record = await store.getRecord(entity.name, key);
      if (record && (await readable(record))) records.push(shown(record));
    }
    return { ok: true, status: 200, body: { protocol: PROTOCOL_VERSION, records, hasMore: false } };
  }
  const limit = Math.min(
    Math.max(1, request.limit ?? PROTOCOL_LIMITS.defaultPullLimit),
    PROTOCOL_LIMITS.maxPullLimit,
  );
  const page = await store.changesSince({ cursor: request.cursor, entities: [entity.name], limit });
  if (page.kind === 'invalid-cursor') {
    return apiFailure(400, 'bad-request', page.message, {
      pointer: '/cursor',
      hint: 'Read again without a cursor to start from the first page.',
    });
  }
  for (const change of page.changes) {
    if (await readable(change.record)) records.push(shown(change.record));
  }
  return {
    ok: true,
    status: 200,
    body: { protocol: PROTOCOL_VERSION, records, cursor: page.cursor, hasMore: page.hasMore },
  };
}

/**
 * The whole read endpoint minus HTTP: shape and protocol check, spec-version check (409
 * `spec-upgrade-required`), then {@link processRead}.
 *
 * @example
 * const answer = await handleRead(spec, caller, { protocol: 1, specVersion: '1.0.0', clientId: 'd1', entity: 'Payment', keys: ['p1'] }, store);
 * if (answer.ok) console.log(answer.body.records);
 */
export async function handleRead(
  spec: SyncSpec,
  caller: AccessContext,
  body: unknown,
  store: AuthorityStore,
): Promise<AuthorityAnswer<ReadResponse>> {
  const parsed = parseReadRequest(body);
  if (!parsed.ok) return parsed;
  const stale = checkSpecVersion(spec, parsed.value.specVersion);
  if (stale) return stale;
  return processRead(spec, caller, parsed.value, store);
}
