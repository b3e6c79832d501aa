import type { DevUserList } from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryFailure } from '@syncraft/runtime/registry';
import { useEffect, useId, useState } from 'react';
import { peekClaims } from './claims';
import { Failure } from './Failure';

/** Roles the registry knows (a technician's token has nothing to do here). */
const CONSOLE_ROLES = new Set(['reviewer', 'admin', 'builder']);

/**
 * The sign-in screen: a bearer token from the server's dev tokens (local use) or from the
 * organisation's identity provider. The token stays in this tab (sessionStorage) and is checked by
 * the server before anything is shown.
 */
export function SignIn(props: {
  client: RegistryClient;
  busy: boolean;
  failure: RegistryFailure | undefined;
  onSignIn: (token: string) => void;
}) {
  const [token, setToken] = useState('');
  const [devUsers, setDevUsers] = useState<DevUserList['users']>([]);
  const [devFailure, setDevFailure] = useState<RegistryFailure | undefined>(undefined);
  const { client, onSignIn } = props;

  // A local server with dev tokens offers its dev users; anywhere else this answers 404 and shows nothing.
  useEffect(() => {
    let live = true;
    void client.devUsers().then((r) => {
      if (live && r.ok)
        setDevUsers(r.value.users.filter((u) => u.roles.some((role) => CONSOLE_ROLES.has(role))));
    });
    return () => {
      live = false;
    };
  }, [client]);

  const devSignIn = async (sub: string) => {
    setDevFailure(undefined);
    const r = await client.devSignIn(sub);
    if (r.ok) onSignIn(r.value.token);
    else setDevFailure(r.failure);
  };
  const fieldId = useId();
  const helpId = useId();
  const claims = peekClaims(token);
  return (
    <main className="sc-console__signin" aria-labelledby={`${fieldId}-title`}>
      <h1 id={`${fieldId}-title`}>Sign in to review</h1>
      {devUsers.length > 0 ? (
        <section aria-labelledby={`${fieldId}-dev`} className="sc-console__card" data-testid="signin-dev">
          <h2 id={`${fieldId}-dev`}>On this computer (dev tokens)</h2>
          <p>This server runs with dev tokens: sign in as one of its dev users.</p>
          <div className="sc-review__buttons">
            {devUsers.map((u) => (
              <button
                key={u.sub}
                type="button"
                className="sc-button"
                disabled={props.busy}
                data-testid={`signin-dev-${u.sub}`}
                onClick={() => void devSignIn(u.sub)}
              >
                {u.sub} ({u.roles.join(', ')})
              </button>
            ))}
          </div>
          {devFailure ? <Failure failure={devFailure} testId="signin-dev-failure" /> : null}
        </section>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (token.trim() !== '') props.onSignIn(token.trim());
        }}
      >
        <label htmlFor={fieldId}>Access token</label>
        <textarea
          id={fieldId}
          rows={4}
          value={token}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={helpId}
          data-testid="signin-token"
          onChange={(event) => setToken(event.target.value)}
        />
        {claims ? (
          <p className="sc-console__hint" data-testid="signin-claims">
            This token is for <strong>{claims.subject ?? 'an unnamed user'}</strong> with{' '}
            {claims.roles.length > 0 ? `the roles ${claims.roles.join(', ')}` : 'no role'}
            {claims.expiresAt ? `, valid until ${new Date(claims.expiresAt).toLocaleString()}` : ''}.
          </p>
        ) : null}
        <button
          type="submit"
          className="sc-button sc-button--primary"
          disabled={props.busy || token.trim() === ''}
          data-testid="signin-submit"
        >
          {props.busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
      {props.failure ? <Failure failure={props.failure} testId="signin-failure" /> : null}
      <div id={helpId} className="sc-console__help">
        <h2>Where the token comes from</h2>
        <p>
          <strong>On your computer:</strong> start the server with <code>SYNCRAFT_DEV_TOKENS=1</code> and
          choose a dev user above (offered to this machine only). It also prints a token for{' '}
          <code>dev-reviewer</code>, <code>dev-admin</code> and <code>dev-builder</code>. Paste the reviewer’s
          (or the admin’s) here.
        </p>
        <p>
          <strong>In your organisation:</strong> paste the access token your identity provider issues for
          Syncraft (the server checks it against <code>SYNCRAFT_JWKS_URL</code>); your roles come from its{' '}
          <code>roles</code> claim. See “The console” in the governance guide.
        </p>
        <p>The token stays in this browser tab only and is forgotten when the tab closes.</p>
      </div>
    </main>
  );
}
