import type { RegistryModule } from './app';

/**
 * The registry mounted by the server entry. Undefined until the registry module
 * (server/src/registry) exposes `createRegistryRouter`.
 */
export const registryModule: RegistryModule | undefined = undefined;
