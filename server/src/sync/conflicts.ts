import {
  type AccessContext,
  allows,
  checkValues,
  permissionsFor,
  unwritableField,
} from '@syncraft/runtime/access';
import { formatHlc, type ManualConflict, parseHlc, tick } from '@syncraft/runtime/merge';
import type { JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type RequestHandler, Router } from 'express';
import type { Logger } from 'pino';
import { requireUser } from '../auth/user';
import type { OpenedDatabase } from '../db/database';
import { ApiError, badRequest } from '../http/api-error';
import { accessContextFor } from './access-context';
import { CONFLICT_COLUMNS, markResolved, readConflict } from './conflict-rows';
import { encodeCursor } from './cursor';
import type { ChangeNotifier } from './notifier';
import type { PublishedSpec } from './published-spec';
import { SqlAuthorityStore } from './sql-store';
import { runPushTransaction } from './transaction';

/** A manual conflict as the API shows it. */
export interface ConflictView {
  readonly id: string;
  readonly entity: string;
  readonly key: string;
  readonly fields: readonly string[];
  readonly status: 'open' | 'resolved';
  readonly createdAt: string;
  readonly prompt?: string;
  readonly base: RecordValues;
  readonly server: RecordValues;
  readonly client: RecordValues;
  readonly interim: RecordValues;
  readonly resolvedAt?: string;
  readonly resolvedBy?: string;
  readonly resolution?: RecordValues;
}

interface ConflictRow {
  id: string;
  entity: string;
  record_key: string;
  fields: string;
  detail: string;
  status: 'open' | 'resolved';
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

function promptFor(spec: SyncSpec, entity: string, fields: readonly string[]): string | undefined {
  const def = spec.entities.find((e) => e.name === entity);
  for (const name of fields) {
    const rule = def?.fields.find((f) => f.name === name)?.conflict ?? def?.conflict;
    if (rule?.strategy === 'manual' && rule.prompt !== undefined) return rule.prompt;
  }
  return undefined;
}

function toView(spec: SyncSpec, row: ConflictRow): ConflictView {
  const detail = JSON.parse(row.detail) as ManualConflict;
  const prompt = promptFor(spec, row.entity, detail.fields);
  return {
    id: row.id,
    entity: row.entity,
    key: row.record_key,
    fields: detail.fields,
    status: row.status,
    createdAt: row.created_at,
    ...(prompt !== undefined ? { prompt } : {}),
    base: detail.base,
    server: detail.server,
    client: detail.client,
    interim: detail.interim,
    ...(row.resolved_at !== null ? { resolvedAt: row.resolved_at } : {}),
    ...(row.resolved_by !== null ? { resolvedBy: row.resolved_by } : {}),
    ...(row.resolution !== null ? { resolution: JSON.parse(row.resolution) as RecordValues } : {}),
  };
}

/**
 * Whether the caller may see and settle a conflict: read and update the record in their scope, see
 * every conflicting field (none hidden from their role) and write each of them.
 */
function mayDecide(
  spec: SyncSpec,
  caller: AccessContext,
  entity: string,
  values: RecordValues,
  fields: readonly string[],
): boolean {
  const perms = permissionsFor(spec, caller.roles, entity);
  return (
    allows(perms, 'read', values, caller) &&
    allows(perms, 'update', values, caller) &&
    !fields.some((f) => perms.hiddenFields.has(f)) &&
    unwritableField(perms, fields) === undefined
  );
}

interface ConflictRouteDeps {
  readonly db: OpenedDatabase;
  readonly authenticate: RequestHandler;
  readonly published: (appId: string) => Promise<PublishedSpec>;
  readonly notifier: ChangeNotifier;
  readonly logger: Logger;
}

/**
 * Manual conflicts kept on the server: listed for the people who may update the record, and
 * resolved by writing the chosen values as a new version of the record (which every device then
 * pulls). Resolving is final: a second resolution of the same conflict is a 409.
 */
export function conflictRoutes(deps: ConflictRouteDeps): Router {
  const { db } = deps;
  const router = Router({ mergeParams: true });

  router.get('/conflicts', deps.authenticate, async (req, res) => {
    const appId = String(req.params.appId);
    const status = req.query.status ?? 'open';
    if (status !== 'open' && status !== 'all') {
      throw new ApiError(400, 'bad-request', 'The "status" query parameter must be "open" or "all".', {
        hint: 'Leave it out to list open conflicts.',
      });
    }
    const { spec } = await deps.published(appId);
    const caller = accessContextFor(spec, requireUser(res), Date.now());
    const rows = await db.reader
      .selectFrom('sync_conflicts')
      .select(CONFLICT_COLUMNS)
      .where('app_id', '=', appId)
      .$if(status === 'open', (q) => q.where('status', '=', 'open'))
      .orderBy('created_at')
      .orderBy('id')
      .limit(1000)
      .execute();
    const store = new SqlAuthorityStore(db.reader, db.dialect, appId, false);
    await store.loadRecords(rows.map((row) => ({ entity: row.entity, key: row.record_key })));
    const visible: ConflictView[] = [];
    for (const row of rows) {
      const record = await store.getRecord(row.entity, row.record_key);
      const fields = JSON.parse(row.fields) as string[];
      if (record && !record.deleted && mayDecide(spec, caller, row.entity, record.values, fields))
        visible.push(toView(spec, row));
    }
    res.json({ conflicts: visible });
  });

  router.post('/conflicts/:conflictId/resolve', deps.authenticate, async (req, res) => {
    const appId = String(req.params.appId);
    const conflictId = String(req.params.conflictId);
    const body: unknown = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw badRequest('The body must be a JSON object: { "values": { "<field>": <value> } }.', '');
    }
    const values = (body as { values?: unknown }).values;
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw badRequest(
        '"values" must be an object with the value to keep for each conflicting field.',
        '/values',
      );
    }
    const chosen = values as Record<string, JsonValue>;
    const published = await deps.published(appId);
    const user = requireUser(res);
    const caller = accessContextFor(published.spec, user, Date.now());
    const entityOf = (name: string) => published.spec.entities.find((e) => e.name === name);

    const { value, flushed } = await runPushTransaction(db.db, db.dialect, appId, async (store) => {
      const row = await readConflict(store, conflictId);
      if (!row)
        throw new ApiError(404, 'not-found', `There is no conflict "${conflictId}" in app "${appId}".`);
      if (row.status !== 'open') {
        throw new ApiError(
          409,
          'conflict',
          `The conflict "${conflictId}" was already resolved by ${row.resolved_by}.`,
        );
      }
      const detail = JSON.parse(row.detail) as ManualConflict;
      const missing = detail.fields.find((f) => !Object.hasOwn(chosen, f));
      if (missing !== undefined) throw badRequest(`Choose a value for "${missing}".`, `/values/${missing}`);
      const extra = Object.keys(chosen).find((f) => !detail.fields.includes(f));
      if (extra !== undefined) {
        throw badRequest(
          `"${extra}" is not part of this conflict (${detail.fields.join(', ')}).`,
          `/values/${extra}`,
        );
      }
      const entity = entityOf(row.entity);
      if (!entity)
        throw new ApiError(409, 'conflict', `The published spec no longer has entity "${row.entity}".`);
      const problem = checkValues(entity, chosen, { create: false });
      if (problem) throw badRequest(problem.message, `/values/${problem.field}`);
      const record = await store.getRecord(row.entity, row.record_key);
      if (!record || record.deleted) {
        throw new ApiError(
          409,
          'conflict',
          `The ${row.entity} "${row.record_key}" was deleted since the conflict arose.`,
        );
      }
      if (!mayDecide(published.spec, caller, row.entity, record.values, detail.fields)) {
        throw new ApiError(
          403,
          'forbidden',
          `Your roles may not read and update ${detail.fields.join(', ')} of this ${row.entity}.`,
        );
      }
      const version = await store.nextVersion();
      const previous = parseHlc(record.hlc) ?? { wallMs: 0, counter: 0, nodeId: 'server' };
      const hlc = formatHlc(tick({ ...previous, nodeId: 'server' }, Date.now()));
      const fieldVersions = { ...record.fieldVersions };
      const fieldHlc = { ...record.fieldHlc };
      for (const field of detail.fields) {
        fieldVersions[field] = version;
        fieldHlc[field] = hlc;
      }
      await store.putRecord(row.entity, {
        ...record,
        version,
        hlc,
        values: { ...record.values, ...chosen },
        fieldVersions,
        fieldHlc,
      });
      const resolvedAt = new Date().toISOString();
      await markResolved(store, conflictId, user.userId, chosen, resolvedAt);
      return {
        version,
        view: toView(published.spec, {
          ...row,
          status: 'resolved',
          resolved_at: resolvedAt,
          resolved_by: user.userId,
          resolution: JSON.stringify(chosen),
        }),
      };
    });
    if (flushed.lastSeq !== undefined) {
      deps.notifier.notify(appId, encodeCursor(flushed.lastSeq)).catch((error: unknown) => {
        deps.logger.warn({ err: error, appId }, 'change notification failed');
      });
    }
    deps.logger.info(
      {
        appId,
        conflictId,
        userId: user.userId,
        entity: value.view.entity,
        key: value.view.key,
        version: value.version,
      },
      'conflict resolved',
    );
    res.json({ conflict: value.view, version: value.version });
  });

  return router;
}
