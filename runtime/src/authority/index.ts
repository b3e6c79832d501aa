/**
 * `@syncraft/runtime/authority`: the server-side sync semantics (push and pull) over a storage
 * interface, so the SQL server and the in-memory server behave identically.
 * Described in docs/protocol.md.
 */
export type { AuthorityStore, ChangesPage, ChangesQuery, StoredChange } from './store';
