/**
 * Sign-in shared by the tabs of one origin (the designer and the review console), without putting the
 * token where it outlives the tabs.
 *
 * Why this design: each tab keeps its token in `sessionStorage` (that tab only, gone when it closes),
 * never in `localStorage` or IndexedDB, so no token waits on disk for a later visitor or a later
 * script. A tab opened without one (the publish dialog's link to the console opens a new tab, which
 * gets no copy of `sessionStorage`) asks the open tabs over a `BroadcastChannel`; the browser delivers
 * its messages only to same-origin documents of the same browser profile, so no other site and no
 * other person's browser can ask or answer. A tab answers only while it is open and signed in, and
 * never with a token that has expired. Signing out in one tab signs out every tab; a token the server
 * refuses (expired, revoked) is forgotten by every tab holding it, so the next step leads to sign-in.
 * Same-origin script could already read `sessionStorage`; the channel gives it nothing more.
 */
import type { TokenStore } from '../registry/token-store';
import { peekClaims } from './claims';

/** The channel's name: one per origin. */
export const SESSION_CHANNEL = 'syncraft.session';

/** What tabs say to each other. */
export type SessionMessage =
  | { readonly type: 'ask'; readonly from: string }
  | { readonly type: 'answer'; readonly to: string; readonly token: string }
  | { readonly type: 'signed-out' }
  | { readonly type: 'refused'; readonly token: string };

/** The part of `BroadcastChannel` used here (Node has one too, for tests). */
export interface ChannelLike {
  postMessage(message: SessionMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** One tab's end of the shared sign-in. */
export interface SharedSession {
  /** The token this tab holds, if it is not known to have expired. */
  token(): string | undefined;
  /**
   * Keeps `token` in this tab. Other tabs are not told: a tab that is signed in keeps its own user,
   * and one that is not gets this token when it next asks.
   */
  signIn(token: string): void;
  /** Forgets the token in this tab and in every other tab of this origin. */
  signOut(): void;
  /** The server refused `token`: forget it here and in every tab holding the same one. */
  refused(token: string): void;
  /**
   * When this tab holds no usable token, asks the open tabs for theirs and keeps the first answer
   * (resolved with it), or resolves undefined when no tab answers within the wait.
   */
  ask(): Promise<string | undefined>;
  /** Told when another tab changes this tab's token: adopted after asking, or undefined when signed out. */
  subscribe(listener: (token: string | undefined) => void): () => void;
  close(): void;
}

/** Options of {@link sharedSession}; the defaults suit a page. */
export interface SharedSessionOptions {
  /** Undefined where the browser has no `BroadcastChannel`: the session then stays in this tab. */
  readonly channel?: ChannelLike | undefined;
  readonly now?: () => number;
  /** How long `ask` waits for an answer, ms. */
  readonly waitMs?: number;
}

/** Whether a token may still be used: an opaque token may (the server decides), a JWT until its `exp`. */
export function usableToken(token: string | undefined, now: number): token is string {
  if (token === undefined || token.trim() === '') return false;
  const expiresAt = peekClaims(token)?.expiresAt;
  return expiresAt === undefined || expiresAt > now;
}

function pageChannel(): ChannelLike | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(SESSION_CHANNEL);
}

function isMessage(data: unknown): data is SessionMessage {
  return data !== null && typeof data === 'object' && typeof (data as { type?: unknown }).type === 'string';
}

/**
 * Joins this tab to the origin's shared sign-in, keeping the token in `store`.
 *
 * @example
 * const session = sharedSession(sessionTokenStore());
 * const token = session.token() ?? (await session.ask()); // signed in in another tab: no second sign-in
 * session.signOut(); // every tab of this origin is signed out
 */
export function sharedSession(store: TokenStore, options: SharedSessionOptions = {}): SharedSession {
  const channel = 'channel' in options ? options.channel : pageChannel();
  const now = options.now ?? Date.now;
  const waitMs = options.waitMs ?? 400;
  const listeners = new Set<(token: string | undefined) => void>();
  // The token this end's page holds. Two ends in one tab (the publish dialog and the simulator) share
  // the tab's storage, so when one signs out the storage is already empty for the other: the other
  // must still hear it.
  let known = store.get();
  const waiting = new Map<string, (token: string | undefined) => void>();
  const tell = (token: string | undefined) => {
    for (const listener of listeners) listener(token);
  };
  const current = () => {
    const token = store.get();
    return usableToken(token, now()) ? token : undefined;
  };

  const onMessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isMessage(message)) return;
    switch (message.type) {
      case 'ask': {
        const token = current();
        if (token !== undefined) channel?.postMessage({ type: 'answer', to: message.from, token });
        return;
      }
      case 'answer': {
        const resolve = waiting.get(message.to);
        if (!resolve || !usableToken(message.token, now())) return;
        waiting.delete(message.to);
        resolve(message.token);
        return;
      }
      case 'signed-out':
        store.clear();
        if (known === undefined) return;
        known = undefined;
        tell(undefined);
        return;
      case 'refused':
        if (store.get() === message.token) store.clear();
        if (known !== message.token) return;
        known = undefined;
        tell(undefined);
        return;
    }
  };
  channel?.addEventListener('message', onMessage);

  return {
    token: current,
    signIn(token) {
      known = token;
      store.set(token);
    },
    signOut() {
      known = undefined;
      store.clear();
      channel?.postMessage({ type: 'signed-out' });
    },
    refused(token) {
      if (known === token) known = undefined;
      if (store.get() === token) store.clear();
      channel?.postMessage({ type: 'refused', token });
    },
    async ask() {
      const held = current();
      if (held !== undefined) return held;
      // An expired token of this tab's own is dropped: the answer (or sign-in) replaces it.
      if (store.get() !== undefined) store.clear();
      known = undefined;
      if (!channel) return undefined;
      const id = crypto.randomUUID();
      const answer = await new Promise<string | undefined>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(undefined);
        }, waitMs);
        waiting.set(id, (token) => {
          clearTimeout(timer);
          resolve(token);
        });
        channel.postMessage({ type: 'ask', from: id });
      });
      // Signed in here meanwhile (a dev button, a pasted token): this tab's own choice wins.
      if (answer === undefined || store.get() !== undefined) return current();
      known = answer;
      store.set(answer);
      tell(answer);
      return answer;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
      listeners.clear();
      channel?.close();
    },
  };
}
