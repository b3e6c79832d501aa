import { Failure } from './Failure';
import type { ActionState } from './useAction';

/** What the last action did, announced to screen readers: a confirmation or the server's refusal. */
export function ActionResult({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" className="sc-console__result" data-testid="action-result">
      {state.kind === 'running' ? <p>{state.what}…</p> : null}
      {state.kind === 'done' ? (
        <p className="sc-console__done" data-testid="action-done">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'failed' ? <Failure failure={state.failure} testId="action-refused" /> : null}
    </div>
  );
}
