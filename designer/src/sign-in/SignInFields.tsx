import type { RegistryClient, RegistryFailure } from '@syncraft/runtime/registry';
import { useId } from 'react';
import { DevSignIn } from './DevSignIn';
import { TokenSource } from './TokenSource';
import { useSignInOptions } from './useSignInOptions';
import './sign-in.css';

/**
 * Signing in where the designer needs a token (publishing, simulating on the server): a dev user's
 * button on a local server, or the access token pasted, with where it comes from. The token goes
 * to `onToken` as typed; the caller keeps it (this tab only).
 */
export function SignInFields(props: {
  client: RegistryClient;
  token: string;
  onToken: (token: string) => void;
  /** The dev users offered are those holding one of these roles. */
  roles: ReadonlySet<string>;
  /** False while the fields are not on screen: the server is not asked yet. */
  enabled: boolean;
  /** Test id of the whole; the token field's is `tokenTestId`. */
  testId: string;
  tokenTestId: string;
  renderFailure: (failure: RegistryFailure) => React.ReactNode;
}) {
  const tokenId = useId();
  const helpId = useId();
  const options = useSignInOptions(props.client, props.roles, props.enabled);
  return (
    <div className="sc-signin__fields" data-testid={props.testId}>
      <DevSignIn
        client={props.client}
        users={options.devUsers}
        onToken={props.onToken}
        renderFailure={props.renderFailure}
      />
      <label htmlFor={tokenId}>
        {options.devUsers.length > 0 ? 'Or paste an access token' : 'Access token'}
      </label>
      <input
        id={tokenId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="Paste your bearer token"
        aria-describedby={helpId}
        data-testid={props.tokenTestId}
        value={props.token}
        onChange={(e) => props.onToken(e.target.value)}
      />
      <TokenSource id={helpId} info={options.info} />
    </div>
  );
}
