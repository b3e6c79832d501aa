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

/**
 * Compares a spec with the app's published spec. When nothing is published yet, the whole spec is
 * listed as added (the spec module's `diffFromNothing`), so a first version's reviewer sees what
 * they approve.
 */
export async function compareWithPublished(
  db: Kysely<RegistryTables>,
  app: AppRow,
  spec: SyncSpec,
): Promise<Comparison> {
  const published = app.published_hash
    ? await db
        .selectFrom('registry_spec_versions')
        .select(['spec', 'app_version'])
        .where('app_id', '=', app.id)
        .where('hash', '=', app.published_hash)
        .executeTakeFirst()
    : undefined;
  const before = published ? (JSON.parse(published.spec) as SyncSpec) : undefined;
  const changes = before ? diff(before, spec) : diffFromNothing(spec);
  return {
    publishedHash: app.published_hash,
    publishedVersion: published?.app_version ?? null,
    changes,
    summary: summarize(app.published_hash, changes),
  };
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
