import type { ConflictRule, ConflictStrategy, Entity, Field, FieldType } from '../spec/types';

const LWW: ConflictRule = { strategy: 'last-writer-wins' };

/** Field types each typed strategy works on; a strategy used on another type acts as last-writer-wins. */
const SUPPORTED_TYPES: Partial<Record<ConflictStrategy, readonly FieldType[]>> = {
  counter: ['counter', 'number', 'integer'],
  'set-union': ['string-set'],
  max: ['number', 'integer', 'counter', 'datetime'],
  min: ['number', 'integer', 'counter', 'datetime'],
  'enum-precedence': ['enum', 'string'],
  'field-merge': ['json'],
};

/** True when `rule` can decide values of `field`'s type. */
export function ruleFitsField(rule: ConflictRule, field: Field): boolean {
  const types = SUPPORTED_TYPES[rule.strategy];
  return types === undefined || types.includes(field.type);
}

/**
 * The rule that decides a concurrent edit of `field`: the field's own rule, else the entity's.
 * An entity-level `field-merge` (resolve each field on its own) leaves fields without a rule to
 * last-writer-wins, and a typed strategy on a field of another type (say `counter` on a string)
 * falls back to last-writer-wins as well.
 */
export function effectiveRule(entity: Entity, field: Field): ConflictRule {
  const rule = field.conflict ?? entity.conflict;
  if (field.conflict === undefined && rule.strategy === 'field-merge' && field.type !== 'json') return LWW;
  return ruleFitsField(rule, field) ? rule : LWW;
}

/**
 * Strategies whose formula uses the base even without a concurrent edit: they merge increments and
 * additions, so a device that sends a stale base still adds rather than overwrites.
 */
export function isDeltaRule(rule: ConflictRule): boolean {
  return rule.strategy === 'counter' || rule.strategy === 'set-union';
}
