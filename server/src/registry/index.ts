/**
 * The spec registry: versions, review, publication, rollback, audit and organisation policies.
 * The server mounts {@link createRegistryRouter} at `/api`, runs {@link registryMigrations}, and its
 * sync routes read the published spec through {@link createPublishedSpecSource}.
 */
export { canonicalJson, contentHash } from './canonical';
export { registryMigrations } from './migrations';
export { registryPaths } from './openapi';
export * from './policies';
export { createPublishedSpecSource, type RegistryPublishedSpecSource } from './published';
export { createRegistryRouter, type RegistryRouterDeps } from './router';
export type { RegistryTables } from './tables';
