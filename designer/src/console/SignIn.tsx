import type { RegistryClient, RegistryFailure } from '@syncraft/runtime/registry';
import { useId, useState } from 'react';
import { DevSignIn, TokenSource, useSignInOptions } from '../sign-in';
import { peekClaims } from '../sign-in/claims';
import { Failure } from './Failure';

/** Roles the registry knows (a technician's token has nothing to do here). */
const CONSOLE_ROLES = new Set(['reviewer', 'admin', 'builder']);

/**
 * The sign-in screen: a bearer token from the server's dev tokens (local use) or from the
 * organisation's identity provider. The token stays in this tab (sessionStorage), is shared with the
 * origin's other open tabs on request (`sign-in/shared-session.ts`) and is checked by the server
 * before anything is shown.
 */
export function SignIn(props: {
  client: RegistryClient;
  busy: boolean;
  failure: RegistryFailure | undefined;
  onSignIn: (token: string) => void;
}) {
  const [token, setToken] = useState('');
  const { client, onSignIn } = props;
  const options = useSignInOptions(client, CONSOLE_ROLES);
  const fieldId = useId();
  const helpId = useId();
  const claims = peekClaims(token);
  return (
    <main className="sc-console__signin" aria-labelledby={`${fieldId}-title`}>
      <h1 id={`${fieldId}-title`}>Sign in to review</h1>
      <DevSignIn
        client={client}
        users={options.devUsers}
        busy={props.busy}
        onToken={onSignIn}
        renderFailure={(failure) => <Failure failure={failure} testId="signin-dev-failure" />}
      />
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
      <TokenSource id={helpId} info={options.info} />
    </main>
  );
}
