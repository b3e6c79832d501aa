import type { PublishedSpecSource } from '../sync/published-spec';
import { isSandboxId } from './ids';
import type { SandboxService } from './service';

/**
 * `inner` (the registry's published specs) for real apps; for a `sandbox-…` id the live sandbox's
 * spec, never the registry's. Sandboxes are never published: this is the only way sync sees them.
 */
export function withSandboxes(inner: PublishedSpecSource, sandboxes: SandboxService): PublishedSpecSource {
  return {
    async getPublished(appId) {
      if (!isSandboxId(appId)) return inner.getPublished(appId);
      const row = await sandboxes.live(appId).catch(() => undefined);
      if (!row) return undefined;
      return { appId, version: row.spec.app.version, hash: row.id, spec: row.spec };
    },
  };
}
