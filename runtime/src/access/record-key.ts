import type { JsonValue } from '../protocol/types';
import type { Entity } from '../spec/types';

const INTEGER_TEXT = /^-?(0|[1-9][0-9]*)$/;

/** True when the entity's key field holds numbers (`integer`), so the key travels as their text. */
export function hasIntegerKey(entity: Entity): boolean {
  return entity.fields.some((f) => f.name === entity.key && (f.type === 'integer' || f.type === 'number'));
}

/**
 * Why `key` (always text on the wire) cannot identify a record of `entity`, or `undefined`. An
 * integer key must be the plain decimal text of a safe integer (`"7"`, not `"07"` or `"7.0"`), so
 * one record has one key text on every device and in every database.
 */
export function keyProblem(entity: Entity, key: string): string | undefined {
  if (!hasIntegerKey(entity)) return undefined;
  return INTEGER_TEXT.test(key) && Number.isSafeInteger(Number(key))
    ? undefined
    : `${entity.name}.${entity.key} is a whole number; the key “${key.slice(0, 40)}” is not one written plainly (such as “7”)`;
}

/**
 * The value the key field holds for the record with this key: the number for an integer key,
 * else the text itself.
 *
 * @example
 * keyFieldValue(todo, '7'); // 7 when Todo.id is an integer field
 */
export function keyFieldValue(entity: Entity, key: string): JsonValue {
  return hasIntegerKey(entity) ? Number(key) : key;
}

/** True when a key field value written in a change names the record `key` (`7` or `"7"` for key “7”). */
export function keyMatches(entity: Entity, value: JsonValue, key: string): boolean {
  if (value === key) return true;
  return hasIntegerKey(entity) && typeof value === 'number' && String(value) === key;
}
