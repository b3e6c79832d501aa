import type { FreshAuthority } from '../authority';
import { failureText, openSandbox, type SandboxSession, type SandboxSessionOptions } from './sandbox-session';

/** Options of {@link sandboxAuthority}: the registry client and the server's origin. */
export type SandboxAuthorityOptions = SandboxSessionOptions;

/** A {@link FreshAuthority} over simulator sandboxes, and the way to delete the last one. */
export interface SandboxAuthorities {
  readonly fresh: FreshAuthority;
  /** Deletes the sandbox still open (each new one deletes the one before). */
  dispose(): Promise<void>;
}

/**
 * Servers for the conflict scenarios on the real server: each call creates a simulator sandbox
 * running the spec (deleting the one before), signs callers in with the sandbox's device tokens,
 * pushes and pulls through its sync endpoints, seeds through its records endpoint (an
 * {@link openSandbox} session each). The same scenarios as in memory, answered by the server's
 * database and enforcement.
 *
 * @example
 * const sandboxes = sandboxAuthority({ registry, origin: 'http://localhost:4310' });
 * try {
 *   const reports = await runConflictScenarios(spec, Date.now(), sandboxes.fresh);
 * } finally {
 *   await sandboxes.dispose();
 * }
 */
export function sandboxAuthority(options: SandboxAuthorityOptions): SandboxAuthorities {
  let open: SandboxSession | undefined;

  const dispose = async () => {
    const session = open;
    open = undefined;
    await session?.dispose();
  };

  const fresh: FreshAuthority = async (spec) => {
    await dispose();
    const opened = await openSandbox(options, spec);
    if (!opened.ok) throw new Error(`The server would not run the spec: ${failureText(opened.failure)}`);
    open = opened.value;
    return opened.value.authority;
  };
  return { fresh, dispose };
}
