import { createContext, type JSX, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { DesignerState, DesignerStore } from './types';

const StoreContext = createContext<DesignerStore | null>(null);

/** Makes a designer store available to the canvas, palette, inspector and problems panel below it. */
export function DesignerStoreProvider(props: { store: DesignerStore; children: ReactNode }): JSX.Element {
  return <StoreContext.Provider value={props.store}>{props.children}</StoreContext.Provider>;
}

/** The store of the nearest {@link DesignerStoreProvider}. */
export function useDesignerStore(): DesignerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDesigner must be used inside <DesignerStoreProvider>');
  return store;
}

/**
 * Reads from the designer store; the component re-renders when the selected value changes
 * (`Object.is`). Select small, stable values; use {@link useDesignerShallow} for objects built on the fly.
 *
 * @example
 * const canUndo = useDesigner((s) => s.canUndo);
 */
export function useDesigner<T>(selector: (s: DesignerState) => T): T {
  return useStore(useDesignerStore(), selector);
}

/** Like {@link useDesigner}, comparing arrays and objects one level deep. */
export function useDesignerShallow<T>(selector: (s: DesignerState) => T): T {
  return useStore(useDesignerStore(), useShallow(selector));
}
