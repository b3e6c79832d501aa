import { useId } from 'react';
import { SignedIn, SignInFields } from '../sign-in';
import { explainSandboxFailure } from './server/explain';
import type { RunOn, ServerChoice } from './server/useServerChoice';

/** Who may run a sandbox: the dev users offered are the ones holding one of these roles. */
const BUILDER_ROLES = new Set(['builder', 'admin']);

const PLACES: readonly { readonly value: RunOn; readonly label: string }[] = [
  { value: 'browser', label: 'this browser' },
  { value: 'server', label: 'the Syncraft server' },
];

/**
 * "Run on": this browser (an in-process server, nothing sent) or the Syncraft server (the draft
 * spec in a fresh sandbox there, which needs a builder's or admin's sign-in, offered here).
 * Test ids: `run-on`, `run-on-browser`, `run-on-server`, `run-on-sign-in`, `run-on-token`,
 * `run-on-signed-in`, `run-on-sign-out`.
 */
export function RunOnChoice(props: { choice: ServerChoice; disabled: boolean }) {
  const { choice } = props;
  const name = useId();
  return (
    <div className="sc-sim__run-on">
      <fieldset className="sc-sim__run-on-choice" data-testid="run-on">
        <legend>Run on</legend>
        {PLACES.map((place) => (
          <label key={place.value} className="sc-sim__check">
            <input
              type="radio"
              name={name}
              value={place.value}
              data-testid={`run-on-${place.value}`}
              checked={choice.runOn === place.value}
              disabled={props.disabled}
              onChange={() => choice.choose(place.value)}
            />
            {place.label}
          </label>
        ))}
      </fieldset>
      {choice.runOn === 'server' && !choice.claims && (
        <div className="sc-sim__sign-in">
          <p>
            <strong>Sign in to run on the server.</strong> The draft spec runs there in a sandbox of its own,
            which needs a builder’s or an admin’s sign-in; nothing is published.
          </p>
          <SignInFields
            client={choice.registry}
            token={choice.token}
            onToken={choice.setToken}
            roles={BUILDER_ROLES}
            enabled
            testId="run-on-sign-in"
            tokenTestId="run-on-token"
            renderFailure={(failure) => {
              const said = explainSandboxFailure(failure);
              return (
                <p className="sc-sim__error" role="alert">
                  {said.title}: {said.detail}
                </p>
              );
            }}
          />
        </div>
      )}
      {choice.runOn === 'server' && choice.claims && (
        <SignedIn
          claims={choice.claims}
          className="sc-sim__hint"
          testId="run-on-signed-in"
          signOutTestId="run-on-sign-out"
          onSignOut={choice.signOut}
        >
          The draft spec runs in a fresh sandbox on the server, deleted when you reset, change the app or
          leave Simulate.
        </SignedIn>
      )}
    </div>
  );
}
