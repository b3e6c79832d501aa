import { diff, type SyncSpec } from '@syncraft/runtime/spec';
import type { CompatibilityCheck, PublishedSpec } from './published-spec';

/** Finds the spec an app was published with at a given `app.version`, if it ever was. */
export type SpecVersionLookup = (appId: string, version: string) => Promise<SyncSpec | undefined>;

/**
 * Devices on an older published version may keep syncing when the spec diff from their version
 * to the published one has no breaking change (docs/server.md, "Spec versions"). A version the
 * lookup does not know is incompatible.
 */
export function diffCompatibility(lookup: SpecVersionLookup): CompatibilityCheck {
  const cache = new Map<string, boolean>();
  return {
    async isCompatible(appId: string, clientVersion: string, published: PublishedSpec): Promise<boolean> {
      if (clientVersion === published.version) return true;
      const cacheKey = `${appId}\u0000${clientVersion}\u0000${published.hash}`;
      const known = cache.get(cacheKey);
      if (known !== undefined) return known;
      const old = await lookup(appId, clientVersion);
      const compatible = old !== undefined && diff(old, published.spec).every((change) => !change.breaking);
      if (cache.size > 1000) cache.clear();
      cache.set(cacheKey, compatible);
      return compatible;
    },
  };
}
