import type { DevUserList } from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryFailure } from '@syncraft/runtime/registry';
import { useId, useState } from 'react';
import './sign-in.css';

/**
 * One button per dev user of a local server started with `SYNCRAFT_DEV_TOKENS=1`: a click signs a
 * 12-hour token for that user (the server answers this machine only). Renders nothing elsewhere.
 * Test ids: `signin-dev`, `signin-dev-<user>`; a refusal is handed to `renderFailure`.
 */
export function DevSignIn(props: {
  client: RegistryClient;
  users: DevUserList['users'];
  busy?: boolean;
  onToken: (token: string) => void;
  renderFailure: (failure: RegistryFailure) => React.ReactNode;
}) {
  const [failure, setFailure] = useState<RegistryFailure | undefined>(undefined);
  const titleId = useId();
  if (props.users.length === 0) return null;
  const signIn = async (sub: string) => {
    setFailure(undefined);
    const r = await props.client.devSignIn(sub);
    if (r.ok) props.onToken(r.value.token);
    else setFailure(r.failure);
  };
  return (
    <section aria-labelledby={titleId} className="sc-signin__dev" data-testid="signin-dev">
      <h2 id={titleId}>On this computer (dev tokens)</h2>
      <p>This server runs with dev tokens: sign in as one of its dev users.</p>
      <div className="sc-signin__users">
        {props.users.map((u) => (
          <button
            key={u.sub}
            type="button"
            className="sc-button"
            disabled={props.busy === true}
            data-testid={`signin-dev-${u.sub}`}
            onClick={() => void signIn(u.sub)}
          >
            {u.sub} ({u.roles.join(', ')})
          </button>
        ))}
      </div>
      {failure ? props.renderFailure(failure) : null}
    </section>
  );
}
