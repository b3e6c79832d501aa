import { createRegistryClient, type RegistryClient } from '@syncraft/runtime/registry';
import { useCallback, useMemo, useRef, useState } from 'react';
import { sessionTokenStore, type TokenStore } from '../registry/token-store';
import { usableToken } from './shared-session';
import { useSharedSession } from './useSharedSession';

/** A registry client with the sign-in that feeds it its token. */
export interface RegistrySignIn {
  /** The token as typed (a paste in progress included); empty when signed out. */
  readonly token: string;
  /** Keeps `value` (trimmed) in this tab; empty forgets it here. */
  setToken(value: string): void;
  /** Forgets the token here and in every other tab of this origin. */
  signOut(): void;
  /** Sends the current token with every call. */
  readonly client: RegistryClient;
}

/**
 * The sign-in of a designer page that calls the registry (publishing, simulating on the server):
 * the token in this tab's `sessionStorage`, shared with the other tabs of this origin
 * (`useSharedSession`): a token from another tab is checked with the server before it is shown as
 * signed in, and signing out signs out every tab. `client`, `tokens` and `fetch` are injectable.
 */
export function useRegistrySignIn(
  deps: { client?: RegistryClient; tokens?: TokenStore; fetch?: typeof fetch } = {},
): RegistrySignIn {
  const tokens = useMemo(() => deps.tokens ?? sessionTokenStore(), [deps.tokens]);
  // An expired token reads as signed out: the shared session drops it and asks the other tabs.
  const [token, setTokenState] = useState(() => {
    const held = tokens.get();
    return usableToken(held, Date.now()) ? held : '';
  });
  const tokenRef = useRef(token);
  const client = useMemo(
    () =>
      deps.client ??
      createRegistryClient({ token: () => tokenRef.current, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
    [deps.client, deps.fetch],
  );

  const show = useCallback((value: string) => {
    tokenRef.current = value;
    setTokenState(value);
  }, []);
  const session = useSharedSession(tokens, (adopted) => {
    if (adopted === undefined) {
      show('');
      return;
    }
    show(adopted);
    // Another tab's token is shown only while the server still takes it.
    void client.session().then((answer) => {
      if (answer.ok || answer.failure.kind !== 'refused' || answer.failure.status !== 401) return;
      session.refused(adopted);
      if (tokenRef.current === adopted) show('');
    });
  });

  const setToken = useCallback(
    (value: string) => {
      show(value);
      if (value.trim() === '') tokens.clear();
      else session.signIn(value.trim());
    },
    [tokens, session, show],
  );
  const signOut = useCallback(() => {
    show('');
    session.signOut();
  }, [session, show]);
  return { token, setToken, signOut, client };
}
