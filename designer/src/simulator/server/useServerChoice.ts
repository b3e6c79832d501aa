import { createRegistryClient, type RegistryClient } from '@syncraft/runtime/registry';
import { useCallback, useMemo, useState } from 'react';
import type { TokenStore } from '../../registry/token-store';
import { peekClaims, type TokenClaims } from '../../sign-in/claims';
import { useRegistrySignIn } from '../../sign-in/useRegistrySignIn';
import { inBrowserServer } from './in-browser';
import { onSyncraftServer } from './on-syncraft-server';
import { type RunOnMemory, sessionRunOnMemory } from './run-on-memory';
import type { ServerFactory } from './server-side';

/** Where a simulation runs: in this browser, or in a sandbox on the Syncraft server. */
export type RunOn = 'browser' | 'server';

/**
 * A sandbox's deletion is sent with `keepalive`, so it still leaves when the page is closing;
 * every other call is an ordinary request (a keepalive body is limited to 64 KiB, a spec may not be).
 */
const deletionsOutliveThePage: typeof fetch = (input, init) =>
  globalThis.fetch(input, init?.method === 'DELETE' ? { ...init, keepalive: true } : init);

/** What the "Run on" choice gives the panel. */
export interface ServerChoice {
  readonly runOn: RunOn;
  choose(runOn: RunOn): void;
  /** The sign-in token as typed (shared with publishing and the other tabs). */
  readonly token: string;
  setToken(token: string): void;
  signOut(): void;
  /** Who the token says it is; undefined while not signed in. */
  readonly claims: TokenClaims | undefined;
  readonly registry: RegistryClient;
  /** The server side to run on; undefined while the server is chosen but nobody is signed in. */
  readonly server: ServerFactory | undefined;
}

/**
 * The "Run on" choice of the simulator, with the sign-in the server needs (the designer's shared
 * sign-in, as the publish dialog's). `origin` is the server's (the designer's own); the choice is
 * remembered per `app` for the tab's session (`run-on-memory.ts`), so it survives leaving Simulate.
 */
export function useServerChoice(
  origin: string,
  app: string,
  deps: { tokens?: TokenStore; registry?: RegistryClient; memory?: RunOnMemory } = {},
): ServerChoice {
  const signIn = useRegistrySignIn({
    ...(deps.tokens ? { tokens: deps.tokens } : {}),
    ...(deps.registry ? { client: deps.registry } : {}),
    fetch: deletionsOutliveThePage,
  });
  const [memory] = useState(() => deps.memory ?? sessionRunOnMemory());
  const [runOn, setRunOn] = useState<RunOn>(() => memory.recall(app));
  const choose = useCallback(
    (next: RunOn) => {
      memory.remember(app, next);
      setRunOn(next);
    },
    [memory, app],
  );
  const { client: registry } = signIn;
  const claims = peekClaims(signIn.token);
  const signedInAs = claims ? signIn.token.trim() : undefined;
  const browser = useMemo(() => inBrowserServer(), []);
  // A sandbox belongs to whoever opened it: its calls, its deletion included, keep that person's
  // token, so signing out (or in as someone else) still deletes it; the next one is the new person's.
  const sandbox = useMemo(() => {
    if (signedInAs === undefined) return undefined;
    const owner =
      deps.registry ?? createRegistryClient({ token: () => signedInAs, fetch: deletionsOutliveThePage });
    return onSyncraftServer({ registry: owner, origin });
  }, [signedInAs, deps.registry, origin]);
  return {
    runOn,
    choose,
    token: signIn.token,
    setToken: signIn.setToken,
    signOut: signIn.signOut,
    claims,
    registry,
    server: runOn === 'browser' ? browser : sandbox,
  };
}
