import type { RelatedRecords } from '../access/condition';
import { permissionsFor } from '../access/permissions';
import { inScope } from '../access/scope';
import type { StoredRecord } from '../merge/record';
import type { ViewChange, ViewPage, ViewQuery } from './store';

/** One device's view of one entity: the record versions it holds, and a page not yet confirmed. */
interface View {
  confirmed: number;
  /** key → version the device holds (confirmed). */
  rows: Map<string, number>;
  /** The last page's changes: key → version now held, `null` when dropped. */
  pending: { readonly version: number; readonly rows: Map<string, number | null> } | undefined;
}

/**
 * The device views of a Map-based store (see `AuthorityStore.viewChanges`): scopes evaluated by
 * the shared `access` module over the store's own records, so the in-memory server decides
 * exactly as the SQL store's queries do.
 */
export class MemoryViews {
  readonly #views = new Map<string, View>();

  constructor(
    /** The store's live and deleted records of an entity. */
    private readonly records: (entity: string) => Iterable<StoredRecord>,
    private readonly related: RelatedRecords,
    private readonly lookup: (entity: string, key: string) => StoredRecord | undefined,
  ) {}

  /** The view of a device and user on an entity, settled against the version its cursor confirms. */
  #settle(id: string, confirmed: number | undefined): View {
    const view = this.#views.get(id);
    if (view && confirmed !== undefined) {
      if (view.pending && confirmed === view.pending.version) {
        for (const [key, version] of view.pending.rows) {
          if (version === null) view.rows.delete(key);
          else view.rows.set(key, version);
        }
        view.confirmed = confirmed;
        view.pending = undefined;
        return view;
      }
      if (confirmed === view.confirmed) {
        view.pending = undefined;
        return view;
      }
    }
    // No cursor, or one this store does not know: the device is taken to hold nothing.
    const fresh: View = { confirmed: confirmed ?? 0, rows: new Map(), pending: undefined };
    this.#views.set(id, fresh);
    return fresh;
  }

  changes(query: ViewQuery): ViewPage {
    const { spec, caller } = query;
    const changes: ViewChange[] = [];
    const versions: Record<string, number> = {};
    let hasMore = false;
    for (const { entity, confirmed } of query.entities) {
      const view = this.#settle(`${query.clientId}\u0000${caller.userId}\u0000${entity.name}`, confirmed);
      const perms = permissionsFor(spec, caller.roles, entity.name);
      const relations = { spec, entity, records: this.related };
      const wanted = (record: StoredRecord | undefined) =>
        record !== undefined &&
        !record.deleted &&
        inScope(spec, entity, record.values, caller, perms, relations);
      const found: ViewChange[] = [];
      for (const record of this.records(entity.name)) {
        if (view.rows.get(record.key) !== record.version && wanted(record)) {
          found.push({ kind: 'upsert', entity: entity.name, record: structuredClone(record) });
        }
      }
      found.sort((a, b) =>
        a.kind === 'upsert' && b.kind === 'upsert' ? a.record.version - b.record.version : 0,
      );
      for (const [key, version] of view.rows) {
        const record = this.lookup(entity.name, key);
        if (wanted(record)) continue;
        found.push({
          kind: 'delete',
          entity: entity.name,
          key,
          version: record?.version ?? version,
          reason: record === undefined || record.deleted ? 'deleted' : 'out-of-scope',
        });
      }
      const room = Math.max(0, query.limit - changes.length);
      const page = found.slice(0, room);
      if (found.length > room) hasMore = true;
      if (page.length === 0) {
        versions[entity.name] = view.confirmed;
        continue;
      }
      const rows = new Map<string, number | null>();
      for (const change of page) {
        if (change.kind === 'upsert') rows.set(change.record.key, change.record.version);
        else rows.set(change.key, null);
      }
      view.pending = { version: view.confirmed + 1, rows };
      versions[entity.name] = view.pending.version;
      changes.push(...page);
    }
    return { changes, versions, hasMore };
  }
}
