import type { ComparisonCondition, Condition, Field, Parameter } from '../types';
import type { EntityInfo, LintContext } from './context';
import { unknownNameHint } from './context';
import { knownField } from './references';

/** The kind of value a field holds or a parameter carries, for comparing the two. */
type ValueKind = 'string' | 'number' | 'boolean' | 'string-list' | 'unknown';

function fieldKind(context: LintContext, field: Field): ValueKind {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'enum':
    case 'datetime':
      return 'string';
    case 'number':
    case 'integer':
    case 'counter':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string-set':
      return 'string-list';
    case 'reference': {
      const target = context.entities.get(field.entity);
      const key = target?.fields.get(target.entity.key)?.field;
      if (key?.type === 'integer') return 'number';
      return key?.type === 'string' ? 'string' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

const paramKind = (type: Parameter['type']): ValueKind => type;

function valueKind(value: ComparisonCondition['value']): ValueKind {
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === 'string') ? 'string-list' : 'unknown';
  }
  if (value === null || value === undefined) return 'unknown';
  return typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean';
}

/** Whether `field op other` makes sense for the two kinds; unknown kinds are given the benefit of the doubt. */
function comparable(op: ComparisonCondition['op'], field: ValueKind, other: ValueKind): boolean {
  if (field === 'unknown' || other === 'unknown') return true;
  switch (op) {
    case 'in':
    case 'not-in':
      return other === 'string-list' && field === 'string';
    case 'contains':
      return (field === 'string-list' || field === 'string') && other === 'string';
    case 'eq':
    case 'ne':
      return field === other;
    default:
      return field === other && (field === 'number' || field === 'string');
  }
}

const kindWords: Record<ValueKind, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true/false',
  'string-list': 'a list of texts',
  unknown: 'a value',
};

/** Checks one condition tree against the entity whose records it selects. */
export function checkCondition(
  context: LintContext,
  entity: EntityInfo | undefined,
  condition: Condition,
  at: string,
): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => {
      checkCondition(context, entity, c, `${at}/all/${i}`);
    });
    return;
  }
  if ('any' in condition) {
    condition.any.forEach((c, i) => {
      checkCondition(context, entity, c, `${at}/any/${i}`);
    });
    return;
  }
  if ('not' in condition) {
    checkCondition(context, entity, condition.not, `${at}/not`);
    return;
  }
  if ('role' in condition) {
    if (!context.roles.has(condition.role)) {
      context.report(
        'SPEC103',
        `${at}/role`,
        `The condition checks for the role “${condition.role}”, but no role has that name.`,
        unknownNameHint(condition.role, context.roles, 'role'),
      );
    }
    return;
  }
  const name = entity?.entity.name;
  if (name === undefined || !knownField(context, name, condition.field, `${at}/field`, 'in a condition'))
    return;
  const field = entity?.fields.get(condition.field)?.field;
  if (!field) return;
  if ('within' in condition) {
    if (field.type !== 'datetime') {
      context.report(
        'SPEC141',
        `${at}/field`,
        `The time window uses field “${field.name}” of entity “${name}”, which is a ${field.type} field, not a date and time.`,
        'Use a "datetime" field for a time window, or compare this field with "op" and "value".',
      );
    }
    return;
  }
  if (condition.op === 'is-set' || condition.op === 'is-not-set') return;
  checkComparison(context, condition as ComparisonCondition, field, name, at);
}

function checkComparison(
  context: LintContext,
  condition: ComparisonCondition,
  field: Field,
  entityName: string,
  at: string,
): void {
  const kind = fieldKind(context, field);
  if (condition.param !== undefined) {
    const type = context.params.get(condition.param);
    if (type === undefined) {
      context.report(
        'SPEC102',
        `${at}/param`,
        `The condition compares with the parameter “${condition.param}”, which is not declared.`,
        unknownNameHint(condition.param, context.params.keys(), 'parameter'),
      );
      return;
    }
    const other = paramKind(type);
    if (!comparable(condition.op, kind, other)) {
      context.report(
        'SPEC140',
        `${at}/param`,
        `The condition compares field “${field.name}” of entity “${entityName}” (${kindWords[kind]}) with the parameter “${condition.param}” (${kindWords[other]}) using "${condition.op}", which can never match as intended.`,
        'Compare with a parameter of the same kind as the field, or use "in" with a list parameter.',
      );
    }
    return;
  }
  const other = valueKind(condition.value);
  if (!comparable(condition.op, kind, other)) {
    context.report(
      'SPEC140',
      `${at}/value`,
      `The condition compares field “${field.name}” of entity “${entityName}” (${kindWords[kind]}) with ${kindWords[other]} using "${condition.op}", which can never match as intended.`,
      'Compare with a value of the same kind as the field ("in" and "not-in" take a list of texts).',
    );
  }
}

/** Entity scopes select records of their own entity. */
export function checkScopes(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    const scope = entity.offline.scope;
    if (!scope) return;
    const info = context.entities.get(entity.name);
    checkCondition(
      context,
      info?.entity === entity ? info : undefined,
      scope,
      `/entities/${e}/offline/scope`,
    );
  });
}
