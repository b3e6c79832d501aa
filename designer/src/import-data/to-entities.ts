import type { Entity, Field, Relation } from '@syncraft/runtime/spec';
import { defaultFieldRule, ENTITY_DEFAULTS } from './defaults';
import { type ColumnShape, entityNameFrom, type TableShape, unique } from './shape';

/** Something the import decided that the person should see before accepting it. */
export interface ImportNote {
  entity: string;
  message: string;
}

/** What "Start from data" proposes: entities ready to add, and what was decided on the way. */
export interface ImportPlan {
  entities: Entity[];
  notes: ImportNote[];
}

/** Columns that name a record of another table: `siteId`, `site_id`, `SiteID`. */
const REFERENCE_NAME = /^(.+?)_?(id|Id|ID)$/;
const KEY_NAMES = ['id', 'key', 'uuid', 'code'];
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

function keyColumn(shape: TableShape): ColumnShape | undefined {
  const keyable = (c: ColumnShape | undefined) => c && (c.type === 'string' || c.type === 'integer');
  const declared = shape.columns.find((c) => c.name === shape.primaryKey);
  if (keyable(declared)) return declared;
  if (shape.primaryKey) return undefined;
  const own = `${lowerFirst(shape.name)}id`;
  return shape.columns.find(
    (c) =>
      keyable(c) &&
      (c.unique ?? true) &&
      (KEY_NAMES.includes(c.name.toLowerCase()) || c.name.toLowerCase() === own),
  );
}

function toField(column: ColumnShape, keyName: string, reference: string | undefined): Field {
  const base = {
    name: column.name,
    ...(column.description !== undefined && { description: column.description }),
    ...((column.required || column.name === keyName) && { required: true }),
  };
  let field: Field;
  if (reference) field = { ...base, type: 'reference', entity: reference };
  else if (column.type === 'enum') field = { ...base, type: 'enum', values: column.values ?? [] };
  else if (column.type === 'reference') field = { ...base, type: 'string' };
  else field = { ...base, type: column.type } as Field;
  const rule = column.name === keyName ? undefined : defaultFieldRule(field);
  return rule ? { ...field, conflict: rule } : field;
}

/**
 * Turns tables into entities with sensible defaults: the primary key (or an `id`-like column, or a
 * new `id`) as the key; foreign keys and `<entity>Id` columns as references with a many-to-one
 * relation; per-field conflict rules that fit the field types; normal priority, read-write offline,
 * two-way sync. Names never collide with `existing` entity names.
 */
export function entitiesFromShapes(shapes: readonly TableShape[], existing: ReadonlySet<string>): ImportPlan {
  const notes: ImportNote[] = [];
  const taken = new Set(existing);
  const names = shapes.map((s) => unique(s.name, taken));
  // A foreign key names a table; a column name names an entity: resolve both to the new names.
  const byTable = new Map(shapes.map((s, i) => [s.source, names[i]!]));
  const byName = new Map<string, string>([...existing].map((n) => [n.toLowerCase(), n]));
  for (const name of names) byName.set(name.toLowerCase(), name);

  const entities = shapes.map((shape, i): Entity => {
    const name = names[i]!;
    for (const c of shape.columns)
      if (c.name !== c.original)
        notes.push({ entity: name, message: `column “${c.original}” is the field “${c.name}”` });
    let columns = shape.columns;
    let key = keyColumn(shape)?.name;
    if (!key) {
      key = unique('id', new Set(columns.map((c) => c.name)));
      columns = [{ original: key, name: key, type: 'string', required: true }, ...columns];
      notes.push({
        entity: name,
        message: `no column identifies a record: added the key field “${key}” (text)`,
      });
    }
    const relations: Relation[] = [];
    const relationNames = new Set(columns.map((c) => c.name));
    const fields = columns.map((column) => {
      let target: string | undefined;
      const fk = shape.foreignKeys.find((f) => f.column === column.name);
      if (fk) target = byTable.get(fk.table) ?? byName.get(entityNameFrom(fk.table).toLowerCase());
      const match = REFERENCE_NAME.exec(column.name);
      if (!target && match && column.name !== key && (column.type === 'string' || column.type === 'integer'))
        target = byName.get(entityNameFrom(match[1]!).toLowerCase());
      if (target && column.name !== key) {
        const base = match ? match[1]! : lowerFirst(target);
        relations.push({
          name: unique(lowerFirst(base.replace(/_+$/, '')) || lowerFirst(target), relationNames),
          kind: 'many-to-one',
          entity: target,
          field: column.name,
          onDelete: 'restrict',
        });
        notes.push({ entity: name, message: `“${column.name}” points at ${target}: drawn as a relation` });
      } else target = undefined;
      const field = toField(column, key!, target);
      if (field.conflict)
        notes.push({
          entity: name,
          message: `“${field.name}” (${field.type}) merges by ${field.conflict.strategy}`,
        });
      return field;
    });
    return {
      name,
      ...(shape.description !== undefined && { description: shape.description }),
      key,
      fields,
      ...(relations.length > 0 && { relations }),
      ...structuredClone(ENTITY_DEFAULTS),
    };
  });
  return { entities, notes };
}
