import { randomBytes } from 'node:crypto';

/**
 * Every sandbox app id starts with this; the registry refuses it for real apps, so a sandbox can
 * never share an id (and so the sync tables' rows) with a registry app.
 */
export const SANDBOX_PREFIX = 'sandbox-';

/** True for an app id kept for simulator sandboxes. */
export function isSandboxId(appId: string): boolean {
  return appId.startsWith(SANDBOX_PREFIX);
}

/** A fresh sandbox id: the prefix and 20 random hex digits (valid as a spec `app.id`). */
export function newSandboxId(): string {
  return `${SANDBOX_PREFIX}${randomBytes(10).toString('hex')}`;
}
