import { diff, diffFromNothing, type SpecChange, type SyncSpec } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import type { AppRow, RegistryTables } from './tables';

/** One semantic change between two spec versions (the spec module's `diff`), as a reviewer sees it. */
export type ReviewChange = SpecChange;

/** Counts for the audit log and the review list. */
export interface ChangeSummary {
  /** The published hash compared against, or null when nothing is published yet. */
  readonly against: string | null;
  readonly changes: number;
  readonly breaking: number;
  readonly highRisk: number;
}

/** A version compared with what is published. */
export interface Comparison {
  readonly publishedHash: string | null;
  readonly publishedVersion: string | null;
  readonly changes: readonly ReviewChange[];
  readonly summary: ChangeSummary;
}

/** The app's published spec and its version number, as stored. */
export interface PublishedSpec {
  readonly spec: SyncSpec;
  readonly appVersion: string;
}

/** The app's published spec, or undefined when nothing is published yet. */
export async function loadPublished(
  db: Kysely<RegistryTables>,
  app: AppRow,
): Promise<PublishedSpec | undefined> {
  if (!app.published_hash) return undefined;
  const row = await db
    .selectFrom('registry_spec_versions')
    .select(['spec', 'app_version'])
    .where('app_id', '=', app.id)
    .where('hash', '=', app.published_hash)
    .executeTakeFirst();
  return row && { spec: JSON.parse(row.spec) as SyncSpec, appVersion: row.app_version };
}

/**
 * Compares a spec with the app's published spec (loaded by {@link loadPublished}). When nothing is
 * published yet, the whole spec is listed as added (the spec module's `diffFromNothing`), so a
 * first version's reviewer sees what they approve.
 */
export function compareWith(app: AppRow, published: PublishedSpec | undefined, spec: SyncSpec): Comparison {
  const changes = published ? diff(published.spec, spec) : diffFromNothing(spec);
  return {
    publishedHash: app.published_hash,
    publishedVersion: published?.appVersion ?? null,
    changes,
    summary: summarize(app.published_hash, changes),
  };
}

/** {@link compareWith} the app's published spec, read from the database. */
export async function compareWithPublished(
  db: Kysely<RegistryTables>,
  app: AppRow,
  spec: SyncSpec,
): Promise<Comparison> {
  return compareWith(app, await loadPublished(db, app), spec);
}

/** Counts of a list of changes. */
export function summarize(against: string | null, changes: readonly ReviewChange[]): ChangeSummary {
  return {
    against,
    changes: changes.length,
    breaking: changes.filter((c) => c.breaking).length,
    highRisk: changes.filter((c) => c.risk === 'high').length,
  };
}
