import type { DevUserList, SignInInfo } from '@syncraft/runtime/protocol';
import type { RegistryClient } from '@syncraft/runtime/registry';
import { useEffect, useState } from 'react';

/** What the server offers a person signing in: its sign-in info and, where dev sign-in is on, its dev users. */
export interface SignInOptions {
  readonly info: SignInInfo | undefined;
  readonly devUsers: DevUserList['users'];
}

/**
 * Asks the server (no token needed) how people sign in here. A server without the endpoint, or no
 * server at all, leaves `info` undefined: the sign-in then offers pasting a token only.
 * `enabled` false waits (nothing asked). `roles` keeps the dev users holding one of them (a technician's token has nothing to do in the registry).
 */
export function useSignInOptions(
  client: RegistryClient,
  roles: ReadonlySet<string>,
  enabled = true,
): SignInOptions {
  const [options, setOptions] = useState<SignInOptions>({ info: undefined, devUsers: [] });
  useEffect(() => {
    // Asked once the sign-in is on screen (the designer's dialog stays mounted while closed).
    if (!enabled) return;
    let live = true;
    void (async () => {
      const info = await client.signInInfo();
      if (!live || !info.ok) return;
      const users = info.value.devSignIn ? await client.devUsers() : undefined;
      if (!live) return;
      setOptions({
        info: info.value,
        devUsers: users?.ok ? users.value.users.filter((u) => u.roles.some((r) => roles.has(r))) : [],
      });
    })();
    return () => {
      live = false;
    };
  }, [client, roles, enabled]);
  return options;
}
