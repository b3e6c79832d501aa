import { type FieldCipher, isSealed } from '../crypto';
import type { JsonValue, RecordValues } from '../protocol';
import type { Entity } from '../spec';

/**
 * Turns an entity's field values into their stored form and back: fields listed in
 * `offline.encrypt` become AES-GCM ciphertext, everything else is stored as is.
 * `plain` is true when the entity has no encrypted field, so callers can stay synchronous
 * (and inside one IndexedDB transaction) on the hot path.
 */
export class EntityCodec {
  readonly plain: boolean;
  readonly #sealed: ReadonlySet<string>;
  readonly #cipher: FieldCipher | undefined;

  constructor(entity: Entity, cipher: FieldCipher | undefined) {
    this.#sealed = new Set(entity.offline.encrypt ?? []);
    this.plain = this.#sealed.size === 0;
    if (!this.plain && !cipher) {
      throw new Error(
        `entity ${entity.name} stores ${[...this.#sealed].join(', ')} encrypted (offline.encrypt), but no encryptionKey was given to createSyncClient`,
      );
    }
    this.#cipher = cipher;
  }

  /** Whether a field is stored encrypted. */
  isSealed(field: string): boolean {
    return this.#sealed.has(field);
  }

  /** Stored form of some values (a partial record is fine). */
  async encode(values: RecordValues): Promise<Record<string, unknown>> {
    if (this.plain) return values;
    const out: Record<string, unknown> = { ...values };
    for (const field of this.#sealed) {
      const value = values[field];
      if (value !== undefined && value !== null) out[field] = await this.#cipher!.seal(value);
    }
    return out;
  }

  /** Field values from their stored form; bookkeeping columns (`_v`, `_t`) are dropped. */
  async decode(stored: Record<string, unknown>): Promise<RecordValues> {
    const out = stripRow(stored);
    if (this.plain) return out;
    for (const field of this.#sealed) {
      const value = stored[field];
      if (isSealed(value)) out[field] = await this.#cipher!.open(value);
    }
    return out;
  }
}

/** A row's field values without the engine's underscore columns (synchronous, no decryption). */
export function stripRow(stored: Record<string, unknown>): RecordValues {
  const out: RecordValues = {};
  for (const name in stored) {
    if (name.charCodeAt(0) !== 95 /* _ */) out[name] = stored[name] as JsonValue;
  }
  return out;
}
