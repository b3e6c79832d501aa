/** The sessionStorage key of the registry token: gone when the tab closes, never in the autosaved document. */
export const TOKEN_KEY = 'syncraft.registry.token';

/** Where the bearer token for the registry is kept. */
export interface TokenStore {
  get(): string | undefined;
  set(token: string): void;
  clear(): void;
}

/** The part of `sessionStorage` the session stores use. */
export type SessionLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** This tab's `sessionStorage`, or undefined where there is none or it is disabled. */
export function sessionStorageOrUndefined(): SessionLike | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled: the token lives in memory only
  }
}

/**
 * Keeps the token in `sessionStorage` (this tab only, cleared when it closes); in memory when
 * storage is unavailable. Never in IndexedDB or the document.
 */
export function sessionTokenStore(
  storage: SessionLike | undefined = sessionStorageOrUndefined(),
): TokenStore {
  let memory: string | undefined;
  return {
    get() {
      try {
        return storage?.getItem(TOKEN_KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(token) {
      memory = token;
      try {
        storage?.setItem(TOKEN_KEY, token);
      } catch {
        // quota or privacy mode: the in-memory copy serves this page
      }
    },
    clear() {
      memory = undefined;
      try {
        storage?.removeItem(TOKEN_KEY);
      } catch {
        // nothing stored
      }
    },
  };
}
