import type { RegistryFailure, RegistryResult } from '@syncraft/runtime/registry';
import { useCallback, useState } from 'react';

/** The last action of a page: running, done (with what to say), or refused with the server's answer. */
export type ActionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly what: string }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly what: string; readonly failure: RegistryFailure };

/**
 * Runs one registry action at a time; on success says `message(value)` and calls `after` (to reload
 * the page), on refusal keeps the server's answer to show.
 */
export function useAction(after: () => void) {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = useCallback(
    async <T>(what: string, call: () => Promise<RegistryResult<T>>, message: (value: T) => string) => {
      setState({ kind: 'running', what });
      const result = await call();
      if (result.ok) {
        setState({ kind: 'done', message: message(result.value) });
        after();
        return true;
      }
      setState({ kind: 'failed', what, failure: result.failure });
      return false;
    },
    [after],
  );
  return { state, run };
}
