import { applyOperation } from '../merge/apply-operation';
import type { StoredRecord } from '../merge/record';
import type { Operation } from '../protocol/types';
import type { Entity, Relation, SyncSpec } from '../spec/types';
import type { AuthorityStore } from './store';

/** What happens to records that reference a deleted record. */
export type OnDelete = Relation['onDelete'];

/** A link from a parent entity to the records of a child entity that reference it through `field`. */
export interface ChildLink {
  readonly child: Entity;
  readonly field: string;
  readonly onDelete: OnDelete;
  /** The relation that declares it, for messages. */
  readonly relation: string;
}

/** When both sides declare a link with different `onDelete`, the stricter one holds. */
const STRICTNESS: Record<OnDelete, number> = { restrict: 3, cascade: 2, 'set-null': 1, keep: 0 };

/**
 * The links whose records point at `parent`: from many-to-one relations of other entities and
 * one-to-many relations of `parent` itself, one per (child entity, field).
 */
export function childLinks(spec: SyncSpec, parent: string): ChildLink[] {
  const byName = new Map(spec.entities.map((e) => [e.name, e]));
  const links = new Map<string, ChildLink>();
  const add = (child: Entity | undefined, relation: Relation) => {
    if (!child) return;
    const id = `${child.name}\u0000${relation.field}`;
    const before = links.get(id);
    if (before && STRICTNESS[before.onDelete] >= STRICTNESS[relation.onDelete]) return;
    links.set(id, { child, field: relation.field, onDelete: relation.onDelete, relation: relation.name });
  };
  for (const entity of spec.entities) {
    for (const relation of entity.relations ?? []) {
      if (relation.kind === 'many-to-one' && relation.entity === parent) add(entity, relation);
      if (relation.kind === 'one-to-many' && entity.name === parent)
        add(byName.get(relation.entity), relation);
    }
  }
  return [...links.values()].filter((l) => l.onDelete !== 'keep');
}

/** Most records one delete may cascade to or update; a bigger cascade is refused as `too-large`. */
export const MAX_CASCADE = 10_000;

/** The writes a delete brings about in other records, or why the delete may not happen. */
export type CascadePlan =
  | {
      readonly ok: true;
      readonly writes: ReadonlyArray<{ readonly entity: string; readonly record: StoredRecord }>;
    }
  | { readonly ok: false; readonly reason: 'restricted' | 'too-large'; readonly message: string };

/**
 * Works out what deleting `parent` means for the records that reference it, following the spec's
 * relations: `cascade` deletes them (and what references them, in turn), `set-null` clears their
 * reference, `restrict` refuses the delete while any exist, `keep` leaves them. Cascaded writes
 * are consequences of the permitted delete and are not checked against the caller's permissions.
 */
export async function planDeleteEffects(
  spec: SyncSpec,
  parentEntity: Entity,
  parentKey: string,
  op: Operation,
  store: AuthorityStore,
): Promise<CascadePlan> {
  const find = store.findReferencing.bind(store);
  const writes: Array<{ entity: string; record: StoredRecord }> = [];
  const visited = new Set<string>([`${parentEntity.name}\u0000${parentKey}`]);
  const queue: Array<{ entity: Entity; key: string }> = [{ entity: parentEntity, key: parentKey }];
  while (queue.length > 0) {
    const { entity, key } = queue.shift()!;
    for (const link of childLinks(spec, entity.name)) {
      const children = (await find(link.child.name, link.field, key, MAX_CASCADE + 1)).filter(
        (c) => !c.deleted,
      );
      if (children.length === 0) continue;
      if (link.onDelete === 'restrict') {
        return {
          ok: false,
          reason: 'restricted',
          message: `${entity.name} “${key}” still has ${children.length} ${link.child.name} record(s) (relation “${link.relation}” restricts deleting it); delete or move them first.`,
        };
      }
      for (const child of children) {
        const id = `${link.child.name}\u0000${child.key}`;
        if (visited.has(id)) continue;
        visited.add(id);
        if (writes.length >= MAX_CASCADE) {
          return {
            ok: false,
            reason: 'too-large',
            message: `Deleting ${parentEntity.name} “${parentKey}” would change more than ${MAX_CASCADE} records.`,
          };
        }
        const effect: Operation = {
          ...op,
          id: `${op.id}>${link.child.name}/${child.key}`,
          entity: link.child.name,
          key: child.key,
          kind: link.onDelete === 'cascade' ? 'delete' : 'upsert',
          changes: link.onDelete === 'cascade' ? {} : { [link.field]: null },
          base: {},
          baseVersion: child.version,
        };
        const outcome = applyOperation(link.child, child, effect, { nextVersion: await store.nextVersion() });
        if (outcome.status === 'rejected' || !outcome.written) continue;
        writes.push({ entity: link.child.name, record: outcome.record });
        if (link.onDelete === 'cascade') queue.push({ entity: link.child, key: child.key });
      }
    }
  }
  return { ok: true, writes };
}
