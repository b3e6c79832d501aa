import type { SyncSpec } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import type { PublishedSpec, PublishedSpecSource } from '../sync/published-spec';
import type { RegistryTables } from './tables';

/**
 * The registry's published-spec source: what the sync endpoint needs (`PublishedSpecSource`, defined
 * once by the sync code) plus earlier publications, so an older client's spec can be diffed.
 */
export interface RegistryPublishedSpecSource extends PublishedSpecSource {
  /**
   * The spec that was published (now or earlier) under `app.version` = `appVersion`, newest
   * publication first, so the sync endpoint can diff an older client's spec against the current one.
   */
  getPreviouslyPublished(appId: string, appVersion: string): Promise<PublishedSpec | undefined>;
}

/**
 * Reads published specs from the registry tables. Each call costs one indexed primary-key query
 * (the app's current publication id); the parsed spec is cached per publication id, so a publish
 * or rollback by any server process is seen on the next call, without a shared cache.
 *
 * @example
 * const source = createPublishedSpecSource(db);
 * const published = await source.getPublished('field-service');
 * if (published && published.version !== request.specVersion) answerUpgradeRequired(published);
 */
export function createPublishedSpecSource(
  db: Kysely<RegistryTables>,
  options: { readonly cacheSize?: number } = {},
): RegistryPublishedSpecSource {
  const cacheSize = options.cacheSize ?? 64;
  const byPublication = new Map<string, PublishedSpec>();
  return {
    async getPublished(appId) {
      const app = await db
        .selectFrom('registry_apps')
        .select(['publication_id', 'published_hash'])
        .where('id', '=', appId)
        .executeTakeFirst();
      if (!app?.publication_id || !app.published_hash) return undefined;
      const cached = byPublication.get(app.publication_id);
      if (cached) return cached;
      const row = await db
        .selectFrom('registry_spec_versions')
        .select(['spec', 'app_version'])
        .where('app_id', '=', appId)
        .where('hash', '=', app.published_hash)
        .executeTakeFirst();
      if (!row) return undefined;
      const published: PublishedSpec = {
        appId,
        version: row.app_version,
        hash: app.published_hash,
        spec: JSON.parse(row.spec) as SyncSpec,
      };
      if (byPublication.size >= cacheSize) {
        const oldest = byPublication.keys().next().value;
        if (oldest !== undefined) byPublication.delete(oldest);
      }
      byPublication.set(app.publication_id, published);
      return published;
    },
    async getPreviouslyPublished(appId, appVersion) {
      const row = await db
        .selectFrom('registry_publications as p')
        .innerJoin('registry_spec_versions as v', (join) =>
          join.onRef('v.app_id', '=', 'p.app_id').onRef('v.hash', '=', 'p.hash'),
        )
        .select(['v.hash', 'v.spec', 'v.app_version'])
        .where('p.app_id', '=', appId)
        .where('v.app_version', '=', appVersion)
        .orderBy('p.seq', 'desc')
        .executeTakeFirst();
      if (!row) return undefined;
      return { appId, version: row.app_version, hash: row.hash, spec: JSON.parse(row.spec) as SyncSpec };
    },
  };
}
