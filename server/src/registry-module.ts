import type { RegistryModule } from './app';
import type { OpenedDatabase } from './db/database';
import { createPublishedSpecSource, createRegistryRouter, registryPaths } from './registry';
import { diffCompatibility } from './sync/compatibility';
import type { CompatibilityCheck, PublishedSpecSource } from './sync/published-spec';

/** The registry as the app mounts it, plus the published specs the sync endpoint enforces. */
export interface RegistryWiring {
  readonly registry: RegistryModule;
  readonly published: PublishedSpecSource;
  readonly compatibility: CompatibilityCheck;
}

/**
 * Connects the registry (server/src/registry) to the app: its router at `/api`, its paths in the
 * API document, its published specs for sync, and spec diffs against earlier published versions
 * to let compatible older devices keep syncing.
 */
export function wireRegistry(db: OpenedDatabase): RegistryWiring {
  const source = createPublishedSpecSource(db.db);
  return {
    registry: {
      createRegistryRouter: (deps) =>
        createRegistryRouter({
          db: deps.db,
          logger: deps.logger,
          config: { policyFile: deps.config.policyFile, allowSelfApproval: deps.config.allowSelfApproval },
          authenticate: deps.authenticate,
        }),
      openApiPaths: registryPaths,
    },
    published: source,
    compatibility: diffCompatibility(
      async (appId, version) => (await source.getPreviouslyPublished(appId, version))?.spec,
    ),
  };
}
