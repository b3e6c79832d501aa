import type { RecordValues } from '../protocol/types';
import { deviceScopeParts, MAX_RELATION_DEPTH, usesRelations } from '../spec/relation-paths';
import type { Condition, Entity, SyncSpec } from '../spec/types';
import { ownKey, type RelatedRecords, referencedKey, stepOf } from './condition';
import type { AccessContext } from './context';

/** A stored record as a relation look-up sees it (tombstones are skipped). */
export interface SourceRecord {
  readonly deleted: boolean;
  readonly values: RecordValues;
}

/**
 * Where related records come from when they must be read asynchronously: the server's SQL store
 * inside a push, the device's IndexedDB. The authority's stores already offer both calls.
 */
export interface RelatedSource {
  getRecord(entity: string, key: string): Promise<SourceRecord | undefined>;
  findReferencing(
    entity: string,
    field: string,
    key: string,
    limit: number,
  ): Promise<readonly SourceRecord[]>;
}

/**
 * Most related records one `exists` hop reads per record. A membership or child list longer than
 * this is read only this far, so a record whose only matching neighbour lies beyond it does not
 * match (it is refused, never wrongly allowed). Documented in docs/spec.md.
 */
export const MAX_RELATED_PER_HOP = 10_000;

/** Related records held in maps, answered synchronously. */
export class RelatedRecordCache implements RelatedRecords {
  private readonly byKey = new Map<string, RecordValues | null>();
  private readonly children = new Map<string, readonly RecordValues[]>();

  get(entity: string, key: string): RecordValues | undefined {
    return this.byKey.get(`${entity}\u0000${key}`) ?? undefined;
  }

  referencing(entity: string, field: string, key: string): readonly RecordValues[] {
    return this.children.get(`${entity}\u0000${field}\u0000${key}`) ?? [];
  }

  /** @internal the loader's bookkeeping */
  hasKey(entity: string, key: string): boolean {
    return this.byKey.has(`${entity}\u0000${key}`);
  }

  /** @internal */
  setKey(entity: string, key: string, values: RecordValues | undefined): void {
    this.byKey.set(`${entity}\u0000${key}`, values ?? null);
  }

  /** @internal */
  hasChildren(entity: string, field: string, key: string): boolean {
    return this.children.has(`${entity}\u0000${field}\u0000${key}`);
  }

  /** @internal */
  setChildren(entity: string, field: string, key: string, values: readonly RecordValues[]): void {
    this.children.set(`${entity}\u0000${field}\u0000${key}`, values);
  }
}

/**
 * Reads, hop by hop, every related record that `conditions` may look at for `records` of
 * `entity`, so that `evaluateCondition` can then decide synchronously. Each hop reads the
 * neighbours of all records of the previous hop; a cache passed in is filled further (one cache
 * can serve a whole push batch).
 *
 * @example
 * const related = await loadRelated(spec, visit, [grant.scope], [visitValues], caller, store);
 * evaluateCondition(grant.scope, visitValues, caller, { spec, entity: visit, records: related });
 */
export async function loadRelated(
  spec: SyncSpec,
  entity: Entity,
  conditions: ReadonlyArray<Condition | undefined>,
  records: ReadonlyArray<RecordValues | undefined>,
  ctx: AccessContext,
  source: RelatedSource,
  cache: RelatedRecordCache = new RelatedRecordCache(),
): Promise<RelatedRecordCache> {
  const present = records.filter((r): r is RecordValues => r !== undefined);
  for (const condition of conditions) {
    if (condition !== undefined && usesRelations(condition)) {
      await visit(spec, condition, entity, present, ctx, source, cache, 0);
    }
  }
  return cache;
}

async function visit(
  spec: SyncSpec,
  condition: Condition,
  entity: Entity,
  records: readonly RecordValues[],
  ctx: AccessContext,
  source: RelatedSource,
  cache: RelatedRecordCache,
  depth: number,
): Promise<void> {
  if (records.length === 0 || depth >= MAX_RELATION_DEPTH || !usesRelations(condition)) return;
  if ('all' in condition || 'any' in condition) {
    for (const c of 'all' in condition ? condition.all : condition.any) {
      await visit(spec, c, entity, records, ctx, source, cache, depth);
    }
    return;
  }
  if ('not' in condition) return visit(spec, condition.not, entity, records, ctx, source, cache, depth);
  if (!('related' in condition) && !('exists' in condition)) return;
  const step = stepOf(spec, entity, condition);
  if (!step) return;
  const found: RecordValues[] = [];
  if (step.kind === 'parent') {
    for (const record of records) {
      const key = referencedKey(record[step.field]);
      if (key === undefined) continue;
      if (!cache.hasKey(step.target.name, key)) {
        const stored = await source.getRecord(step.target.name, key);
        cache.setKey(step.target.name, key, stored && !stored.deleted ? stored.values : undefined);
      }
      const parent = cache.get(step.target.name, key);
      if (parent) found.push(parent);
    }
  } else {
    for (const record of records) {
      const key = ownKey(entity, record);
      if (key === undefined) continue;
      if (!cache.hasChildren(step.target.name, step.field, key)) {
        const stored = await source.findReferencing(step.target.name, step.field, key, MAX_RELATED_PER_HOP);
        cache.setChildren(
          step.target.name,
          step.field,
          key,
          stored.filter((s) => !s.deleted).map((s) => s.values),
        );
      }
      found.push(...cache.referencing(step.target.name, step.field, key));
    }
  }
  if ('inScope' in condition && condition.inScope === true) {
    const { offline, read } = deviceScopeParts(spec, step.target, ctx);
    for (const c of [offline, ...read]) {
      if (c !== undefined) await visit(spec, c, step.target, found, ctx, source, cache, depth + 1);
    }
  } else if (condition.where !== undefined) {
    await visit(spec, condition.where, step.target, found, ctx, source, cache, depth + 1);
  }
}
