import type { SyncSpec } from '@syncraft/runtime/spec';

/**
 * The spec an app currently runs, as the sync endpoint enforces it. Same shape as the registry's
 * `PublishedSpec` (server/src/registry/published.ts), declared here as what the sync code needs.
 */
export interface PublishedSpec {
  readonly appId: string;
  /** `app.version` of the published spec. */
  readonly version: string;
  /** Content hash of the published version. */
  readonly hash: string;
  readonly spec: SyncSpec;
}

/** Where the sync endpoint reads an app's published spec from (the registry, or a map in tests). */
export interface PublishedSpecSource {
  getPublished(appId: string): Promise<PublishedSpec | undefined>;
}

/**
 * Answers whether a device on `clientVersion` may keep syncing with `published`. The registry's
 * spec diff can tell a compatible older version apart; without it only the same version is.
 */
export interface CompatibilityCheck {
  isCompatible(appId: string, clientVersion: string, published: PublishedSpec): Promise<boolean>;
}

/** Only the published version itself is compatible. */
export const sameVersionOnly: CompatibilityCheck = {
  async isCompatible(_appId, clientVersion, published) {
    return clientVersion === published.version;
  },
};

/** A fixed set of published specs, keyed by app id: for tests and embedding. */
export function mapPublishedSpecSource(specs: Iterable<SyncSpec>, hash = 'fixed'): PublishedSpecSource {
  const byApp = new Map<string, PublishedSpec>();
  for (const spec of specs)
    byApp.set(spec.app.id, { appId: spec.app.id, version: spec.app.version, hash, spec });
  return { getPublished: async (appId) => byApp.get(appId) };
}
