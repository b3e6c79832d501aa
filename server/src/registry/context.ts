import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isContentHash } from './canonical';
import { ApiError, unknownApp, unknownVersion } from './errors';
import type { PolicySet } from './policies/types';
import type { AppRow, RegistryTables, SpecVersionRow, SubmissionRow } from './tables';

/** Registry settings an organisation chooses (documented in docs/governance.md). */
export interface RegistrySettings {
  /** May the author of a submission approve it? Off by default. */
  readonly allowSelfApproval: boolean;
}

/** Everything a registry action needs; one per router, no module state. */
export interface RegistryContext {
  readonly db: Kysely<RegistryTables>;
  readonly policies: PolicySet;
  readonly settings: RegistrySettings;
  /** The current time as an ISO string (injectable for tests). */
  readonly now: () => string;
  readonly newId: () => string;
}

/** Builds a context with the real clock and random ids. */
export function createRegistryContext(
  db: Kysely<RegistryTables>,
  policies: PolicySet,
  settings: RegistrySettings,
  clock: () => Date = () => new Date(),
): RegistryContext {
  return { db, policies, settings, now: () => clock().toISOString(), newId: randomUUID };
}

/** Runs `work` in one transaction; a thrown {@link ApiError} rolls everything back. */
export function inTransaction<T>(
  ctx: RegistryContext,
  work: (trx: Transaction<RegistryTables>) => Promise<T>,
) {
  return ctx.db.transaction().execute(work);
}

/**
 * Bumps the app's revision, which in PostgreSQL takes the app row's lock until the transaction ends:
 * every mutating action on one app runs one after the other (SQLite serializes writers anyway), so
 * checks made after this call cannot be invalidated by a concurrent action. 404 for an unknown app.
 */
export async function lockApp(trx: Kysely<RegistryTables>, appId: string): Promise<AppRow> {
  const app = await trx
    .updateTable('registry_apps')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', appId)
    .returningAll()
    .executeTakeFirst();
  if (!app) throw unknownApp(appId);
  return app;
}

/** Reads an app without locking it; 404 when unknown. */
export async function findApp(db: Kysely<RegistryTables>, appId: string): Promise<AppRow> {
  const app = await db.selectFrom('registry_apps').selectAll().where('id', '=', appId).executeTakeFirst();
  if (!app) throw unknownApp(appId);
  return app;
}

/** Reads a version; 404 when the hash is malformed or not a version of the app. */
export async function findVersion(
  db: Kysely<RegistryTables>,
  appId: string,
  hash: string,
): Promise<SpecVersionRow> {
  if (!isContentHash(hash)) {
    throw new ApiError(404, 'not-found', `"${hash}" is not a version hash.`, {
      hint: 'A version hash is 64 lower-case hex digits, as returned when the version was saved.',
    });
  }
  const row = await db
    .selectFrom('registry_spec_versions')
    .selectAll()
    .where('app_id', '=', appId)
    .where('hash', '=', hash)
    .executeTakeFirst();
  if (!row) throw unknownVersion(appId, hash);
  return row;
}

/** The most recent submission of a version, if it was ever submitted. */
export async function latestSubmission(
  db: Kysely<RegistryTables>,
  appId: string,
  hash: string,
): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom('registry_submissions')
    .selectAll()
    .where('app_id', '=', appId)
    .where('hash', '=', hash)
    .orderBy('round', 'desc')
    .executeTakeFirst();
}
