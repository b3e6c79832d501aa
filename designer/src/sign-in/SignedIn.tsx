import type { ReactNode } from 'react';
import type { TokenClaims } from './claims';

/**
 * "Signed in as dev-builder (builder)." with a sign-out button, and what follows from it (`children`).
 * Test ids: `testId`, and `signOutTestId` on the button.
 */
export function SignedIn(props: {
  claims: TokenClaims;
  className: string;
  testId: string;
  signOutTestId: string;
  onSignOut: () => void;
  children?: ReactNode;
}) {
  const { claims } = props;
  return (
    <p className={props.className} data-testid={props.testId}>
      Signed in as <strong>{claims.subject ?? 'an unnamed user'}</strong>
      {claims.roles.length > 0 ? ` (${claims.roles.join(', ')})` : ''}. {props.children}{' '}
      <button
        type="button"
        className="sc-button sc-button--ghost"
        data-testid={props.signOutTestId}
        onClick={props.onSignOut}
      >
        Sign out
      </button>
    </p>
  );
}
