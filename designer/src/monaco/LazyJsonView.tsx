import { lazy, Suspense } from 'react';
import type { JsonView } from './JsonView';

// Monaco is only fetched when the JSON view is first shown; the canvas never waits for it.
const LoadedJsonView = lazy(async () => ({ default: (await import('./JsonView')).JsonView }));

/** The JSON view, loaded on first use. Same props as {@link JsonView}. */
export function LazyJsonView(props: Parameters<typeof JsonView>[0]) {
  return (
    <Suspense
      fallback={
        <p className="sc-json__loading" role="status">
          Loading the JSON editor…
        </p>
      }
    >
      <LoadedJsonView {...props} />
    </Suspense>
  );
}
