const DB_NAME = 'field-service-keys';
const STORE = 'keys';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(idb: IDBFactory): Promise<IDBDatabase> {
  const req = idb.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/**
 * This device's key for the spec's encrypted fields (site access codes, contact phones), one per
 * user. It is an AES-GCM key made non-extractable, kept as a `CryptoKey` object in IndexedDB: the
 * browser stores it but no script (this one included) can read its bytes, so the ciphertext in the
 * sync database is useless to anyone who copies the files. A production app would rather unwrap it
 * from the identity provider's session; this keeps offline reloads working without one.
 */
export async function deviceKey(userId: string, idb: IDBFactory = indexedDB): Promise<CryptoKey> {
  const db = await open(idb);
  try {
    const found = await request(db.transaction(STORE).objectStore(STORE).get(userId));
    if (found instanceof CryptoKey) return found;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, userId));
    return key;
  } finally {
    db.close();
  }
}

/** Forgets the user's key (with the local copy of the data it protects). */
export async function forgetDeviceKey(userId: string, idb: IDBFactory = indexedDB): Promise<void> {
  const db = await open(idb);
  try {
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(userId));
  } finally {
    db.close();
  }
}
