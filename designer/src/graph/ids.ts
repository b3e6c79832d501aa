/** Identifiers for nodes and edges created in the editor. */

/**
 * A fresh id with a readable prefix, e.g. `entity-3f9a1c2b`. Ids only need to be unique within a
 * document; the prefix helps when reading a saved document.
 */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
