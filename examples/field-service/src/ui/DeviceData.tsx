import { type ClearedLocalData, UnsentEditsError } from '@syncraft/runtime';
import { useState } from 'react';
import { useClient } from '../sync/hooks';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm'; readonly unsent: number; readonly byEntity: Readonly<Record<string, number>> }
  | { readonly kind: 'error'; readonly message: string };

/**
 * "Remove this device's local copy": refused while edits are unsent, unless the person confirms
 * that those edits may be lost. Then the user is signed out.
 */
export function DeviceData(props: { readonly onRemoved: (report: ClearedLocalData) => void }) {
  const client = useClient();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const remove = async (discardUnsent: boolean) => {
    try {
      props.onRemoved(await client.clearLocalData({ discardUnsent }));
    } catch (error) {
      if (error instanceof UnsentEditsError)
        setStep({ kind: 'confirm', unsent: error.unsent, byEntity: error.byEntity });
      else setStep({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section aria-labelledby="device-heading">
      <h2 id="device-heading">This device</h2>
      <p>
        Device id <code>{client.clientId}</code> · rules {client.spec.app.name} {client.spec.app.version}
      </p>
      <p>
        Removing the local copy deletes every job, visit and waiting change kept on this phone, and signs you
        out.
      </p>
      {step.kind === 'confirm' ? (
        <div role="alert" className="warning" data-testid="unsent-warning">
          <p>
            {step.unsent} {step.unsent === 1 ? 'change has' : 'changes have'} not reached the server yet (
            {Object.entries(step.byEntity)
              .map(([entity, n]) => `${entity}: ${n}`)
              .join(', ')}
            ). Removing the copy loses {step.unsent === 1 ? 'it' : 'them'}.
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              data-testid="remove-anyway"
              onClick={() => void remove(true)}
            >
              Remove and lose them
            </button>
            <button type="button" data-testid="keep-copy" onClick={() => setStep({ kind: 'idle' })}>
              Keep the copy
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          data-testid="remove-local"
          onClick={() => void remove(false)}
        >
          Remove this device’s local copy
        </button>
      )}
      {step.kind === 'error' ? (
        <p role="alert" className="error">
          {step.message}
        </p>
      ) : null}
    </section>
  );
}
