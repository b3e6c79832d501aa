import type { RegistryFailure, RegistryResult } from '@syncraft/runtime/registry';
import { useCallback, useEffect, useRef, useState } from 'react';

/** A registry read as a page shows it. */
export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'failed'; readonly failure: RegistryFailure };

/**
 * Runs `load` when `key` changes and on `reload()`; an answer that arrives after a newer request
 * started is dropped, so a fast click through pages never shows an older page's data.
 */
export function useLoad<T>(key: string, load: () => Promise<RegistryResult<T>>) {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(async () => {
    const mine = ++seq.current;
    const result = await loadRef.current();
    if (mine !== seq.current) return;
    setState(result.ok ? { kind: 'ok', value: result.value } : { kind: 'failed', failure: result.failure });
  }, []);
  useEffect(() => {
    setState({ kind: 'loading' });
    void run();
  }, [key, run]);
  return { state, reload: run };
}
