import './sign-in.css';
import type { SignInInfo } from '@syncraft/runtime/protocol';

/**
 * Where an access token comes from on this server, in words: the identity provider's page and the
 * organisation's instructions when the server names them (`SYNCRAFT_SIGNIN_URL`,
 * `SYNCRAFT_SIGNIN_HELP`), dev tokens on a local server, and that the token stays with this browser's open tabs.
 * Test ids: `signin-token-url`, `signin-help`.
 */
export function TokenSource(props: { info: SignInInfo | undefined; id?: string }) {
  const { info } = props;
  return (
    <div id={props.id} className="sc-signin__help">
      <h2>Where the token comes from</h2>
      <p>
        <strong>In your organisation:</strong>{' '}
        {info?.tokenUrl ? (
          <>
            <a href={info.tokenUrl} target="_blank" rel="noopener noreferrer" data-testid="signin-token-url">
              get an access token for Syncraft
            </a>{' '}
            from your identity provider and paste it here.
          </>
        ) : (
          <>
            paste the access token your identity provider issues for Syncraft
            {info?.tokens === 'jwks' ? ' (the server checks it with the provider’s keys)' : ''}; your roles
            come from its <code>roles</code> claim.
          </>
        )}
        {info?.help ? (
          <>
            {' '}
            <span data-testid="signin-help">{info.help}</span>
          </>
        ) : null}
      </p>
      <p>
        <strong>On your computer:</strong> start the server with <code>SYNCRAFT_DEV_TOKENS=1</code> and choose
        a dev user{info?.devSignIn ? ' above' : ''}; it also prints tokens for <code>dev-builder</code>,{' '}
        <code>dev-reviewer</code> and <code>dev-admin</code> at start.
      </p>
      <p>
        The token is kept only by this browser&apos;s open tabs of this server, never saved to disk: the
        designer and the review console share it, a new tab asks the open ones for it, and signing out in one
        tab signs out all of them. It is forgotten when the last tab closes.
      </p>
    </div>
  );
}
