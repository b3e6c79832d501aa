import type { FieldDecision, Operation, RejectReason, SettledConflict } from '../protocol';
import type { ConflictRecord } from '../sync/conflict-record';
import type { DeadLetter, RejectedOperation } from '../sync/lost-writes';

/** Payloads of the events a client emits; subscribe with `client.on(name, listener)`. */
export interface ClientEvents {
  /** The server refused an operation for good; the local record went back to the server's state. */
  'operation-rejected': {
    readonly operation: Operation;
    readonly reason: RejectReason;
    readonly message: string;
    readonly field?: string;
    readonly rejected: RejectedOperation;
  };
  /** The server merged an operation: some fields hold something else than what was written. */
  'operation-merged': { readonly operation: Operation; readonly decisions: readonly FieldDecision[] };
  /** A manual rule kept both versions; a person must decide (`client.conflicts.resolve`). */
  conflict: { readonly conflict: ConflictRecord };
  /**
   * A manual conflict this device held was decided (through the server's API, or by a device): it
   * left `client.conflicts`; the decided values arrive (or arrived) by pull.
   */
  'conflict-settled': { readonly entity: string; readonly key: string } & SettledConflict;
  /** An operation ran out of delivery attempts and was parked (`client.deadLetters`). */
  'dead-letter': { readonly deadLetter: DeadLetter };
  /** The offline state machine moved. */
  'state-changed': { readonly from: string; readonly to: string; readonly event: string };
  /** A sync cycle completed. */
  synced: { readonly pushed: number; readonly pulled: number; readonly at: number };
  /** The server runs a newer spec: load it (`publishedVersion`) before syncing again. */
  'spec-upgrade-required': { readonly publishedVersion: string | undefined; readonly message: string };
}

/** Event names of a client. */
export type ClientEventName = keyof ClientEvents;
