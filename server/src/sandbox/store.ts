import type { SyncSpec } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SandboxTable } from './tables';

/** The sync tables that hold an app's data, by `app_id`: what deleting a sandbox empties. */
const SYNC_DATA_TABLES = [
  'sync_view_rows',
  'sync_views',
  'sync_conflicts',
  'sync_applied_ops',
  'sync_records',
  'sync_app_seq',
] as const;

/** A stored sandbox, as read back. */
export interface SandboxRow {
  readonly id: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly spec: SyncSpec;
  readonly tokenKey: string;
}

function fromRow(row: SandboxTable): SandboxRow {
  return {
    id: row.id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    spec: JSON.parse(row.spec) as SyncSpec,
    tokenKey: row.token_key,
  };
}

/** Reads and writes the `sandboxes` table; the caller decides who may. */
export class SandboxStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: SandboxRow): Promise<void> {
    await this.db
      .insertInto('sandboxes')
      .values({
        id: row.id,
        created_by: row.createdBy,
        created_at: row.createdAt,
        expires_at: row.expiresAt,
        spec: JSON.stringify(row.spec),
        app_version: row.spec.app.version,
        token_key: row.tokenKey,
      })
      .execute();
  }

  /** The sandbox, expired or not; undefined once deleted. */
  async find(id: string): Promise<SandboxRow | undefined> {
    const row = await this.db.selectFrom('sandboxes').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  /** How many of `userId`'s sandboxes are still live at `now`, and when the first of them ends. */
  async live(userId: string, now: string): Promise<{ count: number; firstEnd: string | undefined }> {
    const rows = await this.db
      .selectFrom('sandboxes')
      .select('expires_at')
      .where('created_by', '=', userId)
      .where('expires_at', '>', now)
      .orderBy('expires_at')
      .execute();
    return { count: rows.length, firstEnd: rows[0]?.expires_at };
  }

  /** Deletes the sandbox and every row of its data, in one transaction. */
  async remove(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const table of SYNC_DATA_TABLES) await trx.deleteFrom(table).where('app_id', '=', id).execute();
      await trx.deleteFrom('sandboxes').where('id', '=', id).execute();
    });
  }

  /** Deletes every sandbox expired at `now`, with its data; returns their ids. */
  async removeExpired(now: string): Promise<string[]> {
    const expired = await this.db
      .selectFrom('sandboxes')
      .select('id')
      .where('expires_at', '<=', now)
      .execute();
    for (const { id } of expired) await this.remove(id);
    return expired.map((row) => row.id);
  }
}
