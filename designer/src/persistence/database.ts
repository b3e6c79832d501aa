import { Dexie, type EntityTable } from 'dexie';

/** One saved working document. There is one row per workspace slot; today the designer uses `current`. */
export interface SavedDocumentRow {
  /** Slot name, e.g. `current`. */
  readonly slot: string;
  /**
   * The designer document as JSON text. Text, not the object: IndexedDB clones a value on every
   * write, and cloning one string is far cheaper than cloning thousands of small objects (a large
   * drawing took a third of a second on the main thread).
   */
  readonly json?: string;
  /** The document as an object, as early builds stored it; read, never written. */
  readonly document?: unknown;
  /** When it was written, in milliseconds since the epoch. */
  readonly savedAt: number;
}

/** The designer's IndexedDB database: working documents saved on this device. */
export type DesignerDatabase = Dexie & { documents: EntityTable<SavedDocumentRow, 'slot'> };

/** The database name used by the app; tests pass their own to stay isolated. */
export const DEFAULT_DATABASE_NAME = 'syncraft-designer';

/**
 * Opens (creating on first use) the designer's database.
 * Version 1 holds a single `documents` table keyed by slot.
 *
 * @example
 * const db = openDesignerDatabase();
 * const repo = createDocumentRepository(db);
 */
export function openDesignerDatabase(name: string = DEFAULT_DATABASE_NAME): DesignerDatabase {
  const db = new Dexie(name) as DesignerDatabase;
  db.version(1).stores({ documents: 'slot' });
  return db;
}
