import type { DesignerDatabase } from './database';

/** A stored document read back from the device, with when it was saved. */
export interface StoredDocument<D> {
  readonly document: D;
  readonly savedAt: number;
}

/** What the autosave needs from storage: read the last document of a slot, write a new one. */
export interface DocumentRepository<D> {
  load(): Promise<StoredDocument<D> | undefined>;
  save(document: D, savedAt: number): Promise<void>;
  clear(): Promise<void>;
}

/**
 * A repository over one slot of the designer database.
 *
 * `accept` checks what comes back from disk (an older build may have written another shape): a row it
 * refuses is treated as absent rather than loaded half-broken.
 */
export function createDocumentRepository<D>(
  db: DesignerDatabase,
  accept: (value: unknown) => value is D,
  slot = 'current',
): DocumentRepository<D> {
  return {
    async load() {
      const row = await db.documents.get(slot);
      if (!row) return undefined;
      const value = row.json === undefined ? row.document : parseJson(row.json);
      if (!accept(value)) return undefined;
      return { document: value, savedAt: row.savedAt };
    },
    async save(document, savedAt) {
      await db.documents.put({ slot, json: JSON.stringify(document), savedAt });
    },
    async clear() {
      await db.documents.delete(slot);
    },
  };
}

/** Parses stored text; text that does not parse counts as nothing stored. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
