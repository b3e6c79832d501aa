import { type DecisionOutcome, decideConflict, mayDecide } from '@syncraft/runtime/authority';
import { formatHlc, type ManualConflict, parseHlc, tick } from '@syncraft/runtime/merge';
import type { Conflict, JsonValue, RecordValues } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type RequestHandler, Router } from 'express';
import type { Logger } from 'pino';
import { requireUser } from '../auth/user';
import type { OpenedDatabase } from '../db/database';
import { ApiError, badRequest } from '../http/api-error';
import { accessContextFor } from './access-context';
import { CONFLICT_COLUMNS, readConflict } from './conflict-rows';
import { encodeCursor } from './cursor';
import type { ChangeNotifier } from './notifier';
import { encodePageCursor, pageQuery } from './page-cursor';
import type { PublishedSpec } from './published-spec';
import { SqlAuthorityStore } from './sql-store';
import { runPushTransaction } from './transaction';

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

function toView(spec: SyncSpec, row: ConflictRow): Conflict {
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

/** Conflicts per page of the list: by default, and the most a caller may ask for. */
export const CONFLICT_PAGE = { default: 200, max: 1000 } as const;

/** The HTTP error of a refused decision: 409 when decided before or the record is gone. */
function refusalError(outcome: Extract<DecisionOutcome, { ok: false }>, conflictId: string): ApiError {
  switch (outcome.refusal) {
    case 'not-found':
      return new ApiError(404, 'not-found', outcome.message);
    case 'settled':
      return new ApiError(409, 'conflict', outcome.message, {
        hint: `GET the conflict list with status=all to see the decision on "${conflictId}".`,
      });
    case 'forbidden':
      return new ApiError(403, 'forbidden', outcome.message);
    case 'invalid-value':
      return badRequest(
        outcome.message,
        outcome.field === undefined ? '/values' : `/values/${outcome.field}`,
      );
    case 'record-gone':
      return new ApiError(409, 'conflict', outcome.message);
  }
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
    const { limit, after } = pageQuery(req.query, CONFLICT_PAGE);
    const { spec } = await deps.published(appId);
    const caller = accessContextFor(spec, requireUser(res), Date.now());
    const scanned = await db.reader
      .selectFrom('sync_conflicts')
      .select(CONFLICT_COLUMNS)
      .where('app_id', '=', appId)
      .$if(status === 'open', (q) => q.where('status', '=', 'open'))
      .$if(after !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('created_at', '>', after![0]),
            eb.and([eb('created_at', '=', after![0]), eb('id', '>', after![1])]),
          ]),
        ),
      )
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit + 1)
      .execute();
    const rows = scanned.slice(0, limit);
    const store = new SqlAuthorityStore(db.reader, db.dialect, appId, false);
    await store.loadRecords(rows.map((row) => ({ entity: row.entity, key: row.record_key })));
    const visible: Conflict[] = [];
    for (const row of rows) {
      const record = await store.getRecord(row.entity, row.record_key);
      const fields = JSON.parse(row.fields) as string[];
      if (record && !record.deleted && mayDecide(spec, caller, row.entity, record.values, fields))
        visible.push(toView(spec, row));
    }
    // The cursor follows the rows read, not the ones shown: a page may show fewer than `limit`.
    const last = rows.at(-1);
    const nextCursor =
      scanned.length > limit && last ? encodePageCursor(last.created_at, last.id) : undefined;
    res.json({ conflicts: visible, ...(nextCursor === undefined ? {} : { nextCursor }) });
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

    const { value, flushed } = await runPushTransaction(db.db, db.dialect, appId, async (store) => {
      const row = await readConflict(store, conflictId);
      if (!row)
        throw new ApiError(404, 'not-found', `There is no conflict "${conflictId}" in app "${appId}".`);
      const outcome = await decideConflict(published.spec, store, conflictId, chosen, {
        userId: user.userId,
        access: caller,
        stamp: (record) => {
          const previous = parseHlc(record.hlc) ?? { wallMs: 0, counter: 0, nodeId: 'server' };
          return formatHlc(tick({ ...previous, nodeId: 'server' }, Date.now()));
        },
        at: new Date().toISOString(),
      });
      if (!outcome.ok) throw refusalError(outcome, conflictId);
      return {
        version: outcome.record.version,
        view: toView(published.spec, {
          ...row,
          status: 'resolved',
          resolved_at: outcome.kept.resolvedAt ?? null,
          resolved_by: outcome.kept.resolvedBy ?? null,
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
