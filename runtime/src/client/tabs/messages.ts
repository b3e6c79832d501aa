import type { PullTrigger } from '../../engine/schedule';
import type { SyncStatus } from '../../status';
import type { ClientEvents } from '../client-events';

/** What a follower tab may ask the tab that syncs to do for it. */
export type TabCall =
  | { readonly action: 'sync-now' }
  | { readonly action: 'idle' }
  | { readonly action: 'unsent-records' }
  | { readonly action: 'clear-local-data'; readonly discardUnsent: boolean };

/** A failure carried back to the asking tab (an `Error` does not cross a channel intact). */
export interface TabFailure {
  readonly name: string;
  readonly message: string;
  /** `UnsentEditsError`'s figures. */
  readonly unsent?: number;
  readonly byEntity?: Readonly<Record<string, number>>;
}

/**
 * Every message tabs of one app on one database exchange over their BroadcastChannel. `from` is
 * the sending tab's id; a message addressed to one tab carries `to`.
 */
export type TabMessage =
  // The syncing tab (leader) to everyone.
  | { readonly type: 'leader'; readonly from: string }
  | { readonly type: 'status'; readonly from: string; readonly status: SyncStatus }
  | {
      readonly type: 'event';
      readonly from: string;
      readonly name: keyof ClientEvents;
      readonly payload: ClientEvents[keyof ClientEvents];
    }
  | {
      readonly type: 'answer';
      readonly from: string;
      readonly to: string;
      readonly id: number;
      readonly ok: boolean;
      readonly value?: unknown;
      readonly failure?: TabFailure;
    }
  // A follower to the leader.
  | { readonly type: 'hello'; readonly from: string }
  | { readonly type: 'wrote'; readonly from: string }
  | { readonly type: 'pull'; readonly from: string; readonly trigger: PullTrigger; readonly only?: string[] }
  | { readonly type: 'call'; readonly from: string; readonly id: number; readonly call: TabCall }
  // Election without Web Locks (BroadcastChannel only).
  | { readonly type: 'heartbeat'; readonly from: string }
  | { readonly type: 'resign'; readonly from: string };

/** The slice of `BroadcastChannel` the tabs use (the DOM's and Node's both fit). */
export interface TabChannel {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close(): void;
}
