import { type SessionLike, sessionStorageOrUndefined } from '../../registry/token-store';
import type { RunOn } from './useServerChoice';

/** The sessionStorage key prefix of the "Run on" choice; the app id follows. */
export const RUN_ON_KEY = 'syncraft.simulate.run-on:';

/** Where the simulator's "Run on" choice is remembered, per app (the document's `app.id`). */
export interface RunOnMemory {
  /** The choice last made for `app` in this tab, else `browser`. */
  recall(app: string): RunOn;
  remember(app: string, runOn: RunOn): void;
}

/**
 * Remembers "Run on" for this tab's session, per app, so reopening Simulate (or a change to the
 * rules, which restarts it) keeps running where the person chose. In `sessionStorage`: gone when
 * the tab closes, never in the document; in memory where storage is unavailable.
 *
 * @example
 * const memory = sessionRunOnMemory();
 * memory.remember('field-service', 'server');
 * memory.recall('field-service'); // 'server'
 */
export function sessionRunOnMemory(
  storage: SessionLike | undefined = sessionStorageOrUndefined(),
): RunOnMemory {
  const memory = new Map<string, RunOn>();
  return {
    recall(app) {
      let stored: string | null | undefined;
      try {
        stored = storage?.getItem(`${RUN_ON_KEY}${app}`);
      } catch {
        stored = undefined; // storage disabled: the in-memory copy answers
      }
      const said = stored ?? memory.get(app);
      return said === 'server' ? 'server' : 'browser';
    },
    remember(app, runOn) {
      memory.set(app, runOn);
      try {
        storage?.setItem(`${RUN_ON_KEY}${app}`, runOn);
      } catch {
        // quota or privacy mode: the in-memory copy serves this page
      }
    },
  };
}
