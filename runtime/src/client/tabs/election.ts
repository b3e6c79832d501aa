import type { TabMessage } from './messages';

/** The slice of the Web Locks API (`navigator.locks`) the election uses. */
export interface TabLocks {
  request(
    name: string,
    options: { readonly signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
}

/**
 * How the tabs of one app on one database choose the one that syncs. `start` campaigns: `onLead`
 * runs when this tab becomes the leader, `onFollow` when it must give the lead up (only a channel
 * election can find two leaders and demote one). `resign` leaves, so another tab can lead.
 */
export interface TabElection {
  start(onLead: () => void, onFollow: () => void): void;
  resign(): void;
  /** Hears the channel's messages (the channel election's heartbeats). */
  receive(message: TabMessage): void;
}

/**
 * Election by an exclusive Web Lock: the tab holding the lock leads until it resigns or closes
 * (the browser releases the lock of a closed or crashed tab), then the next tab waiting gets it.
 * Two tabs can never lead at once.
 */
export function lockElection(locks: TabLocks, name: string): TabElection {
  const abort = new AbortController();
  let release: (() => void) | undefined;
  let resigned = false;
  return {
    start(onLead) {
      locks
        .request(name, { signal: abort.signal }, () => {
          if (resigned) return Promise.resolve();
          onLead();
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        })
        // Aborted while waiting (the tab closed before it led): nothing to do.
        .catch(() => undefined);
    },
    resign() {
      resigned = true;
      abort.abort();
      release?.();
    },
    receive() {},
  };
}

/** Timing of the channel election. */
export interface ChannelElectionTiming {
  /** How often the leader says it is alive (default 500 ms); a leader silent for 3 of these is replaced. */
  readonly heartbeatMs?: number;
}

/**
 * Election over the BroadcastChannel alone, for browsers without Web Locks: the leader sends a
 * heartbeat; a tab that hears none for three heartbeats claims the lead; a resigning leader says so,
 * and the others claim after a random share of a heartbeat. Should two tabs claim at once, the
 * one with the larger id gives up when it hears the other. Unlike locks, a tab frozen by the
 * browser may be replaced while it still thinks it leads, so for a moment two tabs may push (the
 * server's idempotency by operation id keeps that harmless); prefer Web Locks where they exist.
 */
export function channelElection(
  me: string,
  post: (message: TabMessage) => void,
  timing: ChannelElectionTiming = {},
): TabElection {
  const beat = timing.heartbeatMs ?? 500;
  let leading = false;
  let heardAt = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  let onLeadNow: () => void = () => undefined;
  let onFollowNow: () => void = () => undefined;
  // The coordinator announces the new leader once it has taken over (a `leader` message).
  const claim = () => {
    leading = true;
    onLeadNow();
  };
  return {
    start(onLead, onFollow) {
      onLeadNow = onLead;
      onFollowNow = onFollow;
      heardAt = Date.now();
      timer = setInterval(() => {
        if (leading) post({ type: 'heartbeat', from: me });
        else if (Date.now() - heardAt > 3 * beat) claim();
      }, beat);
    },
    resign() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      if (leading) post({ type: 'resign', from: me });
      leading = false;
    },
    receive(message) {
      if (timer === undefined || message.from === me) return;
      if (message.type === 'leader' || message.type === 'heartbeat') {
        heardAt = Date.now();
        if (!leading) return;
        if (message.from < me) {
          leading = false;
          onFollowNow();
        } else post({ type: 'heartbeat', from: me });
      } else if (message.type === 'resign' && !leading) {
        // Claim within about one heartbeat, at a random moment so the others rarely collide.
        heardAt = Date.now() - 3 * beat + Math.random() * beat;
      }
    },
  };
}
