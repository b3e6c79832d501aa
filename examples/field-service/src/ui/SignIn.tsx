import { type FormEvent, useState } from 'react';
import { readToken, type Session } from '../session/token';

/**
 * Sign-in with a bearer token. Locally, start the server with `SYNCRAFT_DEV_TOKENS=1` and paste a
 * printed token (dev-technician, dev-dispatcher); in production the identity provider hands the
 * token over and this screen is replaced by its redirect.
 */
export function SignIn(props: { readonly onSignedIn: (session: Session) => void; readonly notice?: string }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readToken(token, Date.now());
    if (reading.ok) props.onSignedIn(reading.session);
    else setError(reading.error);
  };
  return (
    <main className="sign-in">
      <h1>Field service</h1>
      {props.notice ? (
        <p role="status" data-testid="sign-in-notice">
          {props.notice}
        </p>
      ) : null}
      <form onSubmit={submit}>
        <label htmlFor="token">Access token</label>
        <textarea
          id="token"
          data-testid="token"
          rows={4}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby="token-help"
          spellCheck={false}
        />
        <p id="token-help" className="muted">
          Paste the token your administrator gave you. On a development server started with
          SYNCRAFT_DEV_TOKENS=1, use one it printed (dev-technician or dev-dispatcher).
        </p>
        {error ? (
          <p role="alert" className="error" data-testid="sign-in-error">
            {error}
          </p>
        ) : null}
        <button type="submit" data-testid="sign-in">
          Sign in
        </button>
      </form>
    </main>
  );
}
