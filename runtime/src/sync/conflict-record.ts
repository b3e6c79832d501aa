import type { RecordValues } from '../protocol';

/**
 * A manual conflict kept on the device until a person decides: per conflicting field, the value the
 * edit started from (`base`), the other side's (`server`), this device's (`client`), and what the
 * record shows meanwhile (`interim`).
 */
export interface ConflictRecord {
  /** The server's conflict id. */
  readonly id: string;
  readonly entity: string;
  readonly key: string;
  readonly fields: readonly string[];
  readonly base: RecordValues;
  readonly server: RecordValues;
  readonly client: RecordValues;
  readonly interim: RecordValues;
  /** The spec's `prompt` for the person who decides, when the rule has one. */
  readonly prompt?: string;
  /** The operation that met the conflict. */
  readonly opId: string;
  /** Record version holding the interim values. */
  readonly version: number;
  /** Epoch ms when the device learnt of it. */
  readonly at: number;
}

/** How a person settles a conflict: keep one side, or write a value of their own per field. */
export type ConflictChoice = 'server' | 'client' | { readonly values: RecordValues };

/** A conflict as kept in IndexedDB: the value maps in stored form (encrypted fields sealed). */
export interface StoredConflict extends Omit<ConflictRecord, 'base' | 'server' | 'client' | 'interim'> {
  readonly base: Record<string, unknown>;
  readonly server: Record<string, unknown>;
  readonly client: Record<string, unknown>;
  readonly interim: Record<string, unknown>;
}
