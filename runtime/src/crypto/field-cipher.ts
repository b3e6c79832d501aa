import type { JsonValue } from '../protocol';

/** How an encrypted field value sits in IndexedDB: AES-GCM ciphertext with its own random 12-byte IV. */
export interface SealedValue {
  readonly sealed: 'aes-gcm';
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

/** Whether a stored value is ciphertext written by {@link FieldCipher.seal}. */
export function isSealed(value: unknown): value is SealedValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { sealed?: unknown }).sealed === 'aes-gcm' &&
    // Not `instanceof`: a value read back from IndexedDB may come from another realm (a test DOM
    // over Node's structured clone, an iframe), whose Uint8Array is another constructor.
    Object.prototype.toString.call((value as { iv?: unknown }).iv) === '[object Uint8Array]'
  );
}

/**
 * Encrypts and decrypts single field values with an app-supplied AES-GCM `CryptoKey` (WebCrypto).
 * The key lives only in memory: it is never written to IndexedDB. Each value gets a fresh random IV,
 * so equal plaintexts give different ciphertexts.
 *
 * @example
 * const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
 * const cipher = new FieldCipher(key);
 * const sealed = await cipher.seal('1234#');
 * await cipher.open(sealed); // '1234#'
 */
export class FieldCipher {
  readonly #key: CryptoKey;
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder();

  constructor(key: CryptoKey) {
    if (key.algorithm.name !== 'AES-GCM') {
      throw new TypeError(
        `encryptionKey must be an AES-GCM CryptoKey, got ${key.algorithm.name} (generate one with crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, …))`,
      );
    }
    if (!key.usages.includes('encrypt') || !key.usages.includes('decrypt')) {
      throw new TypeError('encryptionKey must allow both "encrypt" and "decrypt" usages');
    }
    this.#key = key;
  }

  /** Encrypts one JSON value. */
  async seal(value: JsonValue): Promise<SealedValue> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      this.#key,
      this.#encoder.encode(JSON.stringify(value)),
    );
    return { sealed: 'aes-gcm', iv, data };
  }

  /** Decrypts a value sealed under the same key; a wrong key or tampered data rejects. */
  async open(sealed: SealedValue): Promise<JsonValue> {
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, this.#key, sealed.data);
    } catch {
      throw new Error(
        'could not decrypt a stored field: the encryptionKey differs from the one the data was written with, or the data was altered',
      );
    }
    return JSON.parse(this.#decoder.decode(plain)) as JsonValue;
  }
}
