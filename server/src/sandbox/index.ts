export { syncAuthenticate } from './authenticate';
export { SandboxEdits } from './edits';
export { isSandboxId, SANDBOX_PREFIX } from './ids';
export { sandboxPaths } from './openapi';
export { withSandboxes } from './published';
export { sandboxRouter } from './router';
export { SandboxService, type SandboxSettings } from './service';
export type { SandboxTables } from './tables';
