import type { AuditedOperation, OperationResult } from '@syncraft/runtime/protocol';
import { type RequestHandler, Router } from 'express';
import { requireUser } from '../auth/user';
import type { OpenedDatabase } from '../db/database';
import { ApiError } from '../http/api-error';
import { requirePermission } from '../registry/access';
import { encodePageCursor, pageQuery } from './page-cursor';

/** Operations per page of the history: by default, and the most a caller may ask for. */
export const HISTORY_PAGE = { default: 200, max: 1000 } as const;

/** The outcome of a stored result, values left out. */
function outcome(result: OperationResult) {
  switch (result.status) {
    case 'applied':
      return { status: result.status, version: result.version };
    case 'merged':
      return {
        status: result.status,
        version: result.version,
        decided: result.decisions.map((d) => ({ field: d.field, strategy: d.strategy })),
      };
    case 'conflict':
      return { status: result.status, version: result.version, conflictId: result.conflictId };
    case 'rejected':
      return {
        status: result.status,
        reason: result.reason,
        message: result.message,
        ...(result.field === undefined ? {} : { field: result.field }),
      };
  }
}

const FILTERS = { userId: 'user_id', clientId: 'client_id', entity: 'entity', key: 'record_key' } as const;

/** The text filters of the history query, checked. */
function filtersOf(query: Record<string, unknown>): [keyof typeof FILTERS, string][] {
  const out: [keyof typeof FILTERS, string][] = [];
  for (const name of Object.keys(FILTERS) as (keyof typeof FILTERS)[]) {
    const value = query[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
      throw new ApiError(
        400,
        'bad-request',
        `The "${name}" query parameter must be text of 1–256 characters.`,
      );
    }
    out.push([name, value]);
  }
  return out;
}

/**
 * The audit of offline actions: `GET /sync/operations` pages through every operation devices
 * pushed to an app, oldest first (by the time the server stored its answer, then id), filtered by
 * `userId`, `clientId`, `entity` and `key`. For the registry's `audit.read` roles. The history
 * reaches back as far as stored results are kept (the idempotency window, `SYNCRAFT_IDEMPOTENCY_DAYS`, 90 days by default).
 */
export function operationsAuditRoutes(deps: {
  readonly db: OpenedDatabase;
  readonly authenticate: RequestHandler;
}): Router {
  const router = Router({ mergeParams: true });
  router.get('/operations', deps.authenticate, async (req, res) => {
    requirePermission(requireUser(res), 'audit.read');
    const appId = String(req.params.appId);
    const { limit, after } = pageQuery(req.query, HISTORY_PAGE);
    const filters = filtersOf(req.query);
    let q = deps.db.reader
      .selectFrom('sync_applied_ops')
      .select(['op_id', 'created_at', 'user_id', 'client_id', 'entity', 'record_key', 'op_kind', 'result'])
      .where('app_id', '=', appId);
    for (const [name, value] of filters) q = q.where(FILTERS[name], '=', value);
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('created_at', '>', after[0]),
          eb.and([eb('created_at', '=', after[0]), eb('op_id', '>', after[1])]),
        ]),
      );
    }
    const rows = await q
      .orderBy('created_at')
      .orderBy('op_id')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const operations: AuditedOperation[] = page.map((row) => ({
      opId: row.op_id,
      at: row.created_at,
      userId: row.user_id,
      clientId: row.client_id,
      entity: row.entity,
      key: row.record_key,
      kind: row.op_kind,
      ...outcome(JSON.parse(row.result) as OperationResult),
    }));
    const last = page.at(-1);
    const nextCursor =
      rows.length > limit && last ? encodePageCursor(last.created_at, last.op_id) : undefined;
    res.json({ operations, ...(nextCursor === undefined ? {} : { nextCursor }) });
  });
  return router;
}
