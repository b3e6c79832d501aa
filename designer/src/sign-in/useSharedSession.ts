import { useEffect, useMemo, useRef } from 'react';
import type { TokenStore } from '../registry/token-store';
import { type SharedSession, type SharedSessionOptions, sharedSession } from './shared-session';

/** What a page does with the shared sign-in: the session's actions, safe to call before it is joined. */
export type SessionActions = Pick<SharedSession, 'signIn' | 'signOut' | 'refused'>;

/**
 * Joins the page to the tabs' shared sign-in while it is mounted. Without a usable token of its own
 * the page asks the open tabs at once and again whenever it is shown (signed in in another tab
 * meanwhile); `onChange` hears the token adopted, or undefined when no tab had one or another tab
 * signed out. The answer of the first ask is always told, so a page can leave its "checking" state.
 */
export function useSharedSession(
  tokens: TokenStore,
  onChange: (token: string | undefined) => void,
  options?: SharedSessionOptions,
): SessionActions {
  const session = useRef<SharedSession | undefined>(undefined);
  const told = useRef(onChange);
  told.current = onChange;
  const given = useRef(options);

  useEffect(() => {
    const joined = sharedSession(tokens, given.current);
    session.current = joined;
    const off = joined.subscribe((token) => told.current(token));
    let live = true;
    const ask = async (first: boolean) => {
      if (joined.token() !== undefined) return;
      const token = await joined.ask();
      // An adopted token was told by the subscription; "nothing" is told once, for the first ask.
      if (live && first && token === undefined) told.current(undefined);
    };
    void ask(true);
    const onShow = () => {
      if (document.visibilityState === 'visible') void ask(false);
    };
    document.addEventListener('visibilitychange', onShow);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onShow);
      off();
      joined.close();
      session.current = undefined;
    };
  }, [tokens]);

  return useMemo(
    () => ({
      signIn: (token) => (session.current ? session.current.signIn(token) : tokens.set(token)),
      signOut: () => (session.current ? session.current.signOut() : tokens.clear()),
      refused: (token) => session.current?.refused(token),
    }),
    [tokens],
  );
}
