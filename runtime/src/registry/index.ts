/**
 * `@syncraft/runtime/registry`: the spec registry's HTTP client, shared by the designer and the
 * `syncraft` CLI. Requests and answers are the wire types of `@syncraft/runtime/protocol`.
 *
 * @module @syncraft/runtime/registry
 */
export {
  type AuditQuery,
  createRegistryClient,
  type RegistryClient,
  type RegistryClientOptions,
  type RegistryFailure,
  type RegistryResult,
} from './client';
export {
  type SandboxAuthorities,
  type SandboxAuthorityOptions,
  sandboxAuthority,
} from './sandbox-authority';
export {
  openSandbox,
  type SandboxSession,
  type SandboxSessionOptions,
} from './sandbox-session';
