import { randomUUID } from 'node:crypto';
import { applyServerEdit, type ServerEdit } from '@syncraft/runtime/authority';
import { HybridLogicalClock } from '@syncraft/runtime/merge';
import type { RecordValues } from '@syncraft/runtime/protocol';
import type { OpenedDatabase } from '../db/database';
import { ApiError, badRequest } from '../http/api-error';
import { encodeCursor } from '../sync/cursor';
import type { ChangeNotifier } from '../sync/notifier';
import { runPushTransaction } from '../sync/transaction';
import type { SandboxRow } from './store';

/** The node id in the timestamps of a sandbox's own edits. */
export const SANDBOX_EDIT_NODE = 'sandbox';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `{ entity, key, kind?, changes? }` of a sandbox edit, with a precise 400 for the first problem. */
export function parseSandboxEdit(body: unknown): ServerEdit {
  if (!isObject(body)) throw badRequest('The body must be { "entity", "key", "kind"?, "changes"? }.', '');
  const { entity, key, kind = 'upsert', changes = {} } = body;
  if (typeof entity !== 'string' || entity === '')
    throw badRequest('"entity" must name an entity.', '/entity');
  if (typeof key !== 'string' || key === '' || key.length > 256)
    throw badRequest('"key" must be a record key of 1 to 256 characters.', '/key');
  if (kind !== 'upsert' && kind !== 'delete')
    throw badRequest('"kind" must be "upsert" or "delete".', '/kind');
  if (!isObject(changes)) throw badRequest('"changes" must be an object of field values.', '/changes');
  return { entity, key, kind, changes: changes as RecordValues };
}

/**
 * Edits a sandbox's data as the server itself, bypassing device permissions (the shared
 * `applyServerEdit`, as the in-browser simulator's server does): how the simulator seeds records
 * both devices hold and reassigns them. Devices hear of it through the usual change events.
 */
export class SandboxEdits {
  readonly #clock = new HybridLogicalClock(SANDBOX_EDIT_NODE);

  constructor(
    private readonly db: OpenedDatabase,
    private readonly notifier: ChangeNotifier,
  ) {}

  async apply(row: SandboxRow, edit: ServerEdit) {
    const hlc = this.#clock.now();
    const { value, flushed } = await runPushTransaction(this.db.db, this.db.dialect, row.id, (store) =>
      applyServerEdit(row.spec, store, edit, {
        opId: `${SANDBOX_EDIT_NODE}-${randomUUID()}`,
        hlc,
        clientId: SANDBOX_EDIT_NODE,
      }),
    );
    if (!value.ok) {
      throw new ApiError(400, 'bad-request', value.message, {
        pointer: '/changes',
        hint: 'Write values the spec accepts for this entity.',
      });
    }
    if (flushed.lastSeq !== undefined) await this.notifier.notify(row.id, encodeCursor(flushed.lastSeq));
    const { record } = value;
    return {
      entity: edit.entity,
      key: edit.key,
      version: record.version,
      deleted: record.deleted,
      values: record.values,
    };
  }

  /** How many manual-rule conflicts the sandbox kept for a person, decided ones included. */
  async conflictCount(row: SandboxRow): Promise<number> {
    const counted = await this.db.db
      .selectFrom('sync_conflicts')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('app_id', '=', row.id)
      .executeTakeFirst();
    return Number(counted?.count ?? 0);
  }

  /** Every live record of the sandbox, by entity (at most `limit` per entity), for the simulator's server view. */
  async records(row: SandboxRow, limit: number): Promise<Record<string, RecordValues[]>> {
    const out: Record<string, RecordValues[]> = {};
    for (const entity of row.spec.entities) {
      const rows = await this.db.db
        .selectFrom('sync_records')
        .select('data')
        .where('app_id', '=', row.id)
        .where('entity', '=', entity.name)
        .where('deleted', '=', 0)
        .orderBy('record_key')
        .limit(limit)
        .execute();
      out[entity.name] = rows.map((r) => JSON.parse(r.data) as RecordValues);
    }
    return out;
  }
}
