import type { Hlc, RecordValues } from '../protocol/types';

/**
 * A record as the authority (server or in-memory server) holds it, with the bookkeeping the merge
 * needs. The same shape on every store; SQL stores keep the maps as JSON columns.
 */
export interface StoredRecord {
  readonly key: string;
  /** Version of the last write (a number from the store's single increasing sequence). */
  readonly version: number;
  /** A tombstone: the record was deleted at `version`. Its `values` are then empty. */
  readonly deleted: boolean;
  readonly values: RecordValues;
  /** Field → the version in which that field was last written. Tells concurrent edits apart. */
  readonly fieldVersions: Readonly<Record<string, number>>;
  /** The latest timestamp of any write that reached this record. */
  readonly hlc: Hlc;
  /** Field → the timestamp of the write whose value the field holds (last-writer-wins compares these). */
  readonly fieldHlc: Readonly<Record<string, Hlc>>;
}

/**
 * Both versions of a record's fields that a `manual` rule kept for a person to decide.
 * Saved by the authority; the record meanwhile shows `interim`.
 */
export interface ManualConflict {
  /** Deterministic: the operation id and the fields, so a replayed push never makes a second one. */
  readonly id: string;
  readonly entity: string;
  readonly key: string;
  /** The operation that met the conflict, and the device that sent it. */
  readonly opId: string;
  readonly clientId: string;
  /** The fields under the manual rule that both sides changed, sorted. */
  readonly fields: readonly string[];
  /** Per field: the value the client's edit started from (absent: unset). */
  readonly base: RecordValues;
  /** Per field: the server's value before the operation. */
  readonly server: RecordValues;
  /** Per field: the client's value. */
  readonly client: RecordValues;
  /** Per field: the value shown until a person decides. */
  readonly interim: RecordValues;
  readonly serverHlc: Hlc;
  readonly clientHlc: Hlc;
  /** The record version that holds the interim values. */
  readonly version: number;
}
