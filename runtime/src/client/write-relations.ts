import {
  loadRelated,
  type RelatedSource,
  type RelationContext,
  type SourceRecord,
  writeConditions,
} from '../access';
import { stripRow } from '../local-store/codec';
import type { RecordValues } from '../protocol';
import { usesRelations } from '../spec/relation-paths';
import { accessContext, type EngineContext, type EntityRuntime, rowsOf, storedKey } from './context';
import type { WriteIntent } from './write-plan';

/** The device's own records as a source of related records (what relation scopes read locally). */
function localSource(ctx: EngineContext): RelatedSource {
  const read = async (entity: string, row: Record<string, unknown>): Promise<SourceRecord> => {
    const runtime = ctx.entities.get(entity)!;
    const deleted = row._d === 1;
    if (runtime.codec.plain) return { deleted, values: stripRow(row) };
    return { deleted, values: await runtime.codec.decode(row) };
  };
  return {
    async getRecord(entity, key) {
      const runtime = ctx.entities.get(entity);
      if (!runtime || !ctx.db.tables.some((t) => t.name === entity)) return undefined;
      const row = await rowsOf(ctx, entity).get(storedKey(runtime, key));
      return row ? read(entity, row) : undefined;
    },
    async findReferencing(entity, field, key, limit) {
      const runtime = ctx.entities.get(entity);
      if (!runtime || !ctx.db.tables.some((t) => t.name === entity)) return [];
      const table = rowsOf(ctx, entity);
      const indexed = runtime.codec.plain && table.schema.idxByName[field] !== undefined;
      const rows = indexed
        ? await table.where(field).equals(key).limit(limit).toArray()
        : await table.toArray();
      const out: SourceRecord[] = [];
      for (const row of rows) {
        const record = await read(entity, row);
        if (record.values[field] === key) out.push(record);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

/** Per entity runtime: whether any of the user's write conditions on it follows a relation. */
const followsRelations = new WeakMap<EntityRuntime, boolean>();

/**
 * Whether a write of `runtime`'s entity needs {@link relationsForWrite}: some write condition of
 * the user's (scopes, `before`, `after`) on it follows a relation. Worked out once per entity.
 */
export function writeFollowsRelations(runtime: EntityRuntime): boolean {
  let follows = followsRelations.get(runtime);
  if (follows === undefined) {
    follows = (['create', 'update', 'delete'] as const)
      .flatMap((action) => writeConditions(runtime.permissions, action))
      .some(usesRelations);
    followsRelations.set(runtime, follows);
  }
  return follows;
}

/**
 * When the caller's write conditions on this entity (scopes, `before`, `after`) follow relations, reads the related records the
 * check needs from this device's own tables (the parent list, the membership records), for the
 * record as it is and as the write would leave it. `undefined` when no scope follows a relation.
 * A related record this device does not hold makes the check fail here: the server decides the
 * same way from its own records, so a write the device cannot justify is not queued.
 */
export async function relationsForWrite(
  ctx: EngineContext,
  key: string,
  entityName: string,
  intent: WriteIntent,
  /** Reads the record as it is on the device now (only called when a scope follows a relation). */
  readCurrent: () => Promise<RecordValues | undefined>,
): Promise<RelationContext | undefined> {
  const runtime = ctx.entities.get(entityName);
  if (!runtime) return undefined;
  if (!writeFollowsRelations(runtime)) return undefined;
  const scopes = (['create', 'update', 'delete'] as const).flatMap((action) =>
    writeConditions(runtime.permissions, action),
  );
  const current = await readCurrent();
  const after =
    intent.kind === 'put'
      ? { ...(current ?? {}), ...intent.values }
      : intent.kind === 'update'
        ? { ...(current ?? {}), ...intent.changes }
        : current;
  const withKey = (values: RecordValues | undefined) =>
    values && { ...values, [runtime.entity.key]: values[runtime.entity.key] ?? key };
  const records = await loadRelated(
    ctx.spec,
    runtime.entity,
    scopes,
    [withKey(current), withKey(after)],
    accessContext(ctx),
    localSource(ctx),
  );
  return { spec: ctx.spec, entity: runtime.entity, records };
}
