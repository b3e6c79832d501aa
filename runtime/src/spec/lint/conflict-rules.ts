import type { ConflictRule, ConflictStrategy, Entity, Field, FieldType } from '../types';
import type { LintContext } from './context';
import { nameList } from './context';

/** Strategies that only make sense for some field types, and those types. */
const fitsTypes: Partial<Record<ConflictStrategy, readonly FieldType[]>> = {
  counter: ['counter', 'number', 'integer'],
  'set-union': ['string-set'],
  max: ['number', 'integer', 'datetime'],
  min: ['number', 'integer', 'datetime'],
  'enum-precedence': ['enum'],
};

const strategyMeaning: Partial<Record<ConflictStrategy, string>> = {
  counter: 'adds up concurrent changes',
  'set-union': 'keeps the items added on every device',
  max: 'keeps the larger value',
  min: 'keeps the smaller value',
  'enum-precedence': 'keeps the stronger of two enum values',
};

const typeList = (types: readonly FieldType[]) => types.map((t) => `"${t}"`).join(', ');

/**
 * Conflict rules must fit the fields they resolve: a counter rule on text, a set union on a number or
 * an enum order with values the field does not have cannot do what the rule says.
 */
export function checkConflictRules(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    const at = `/entities/${e}`;
    entity.fields.forEach((field, f) => {
      if (!field.conflict) return;
      const rulePointer = `${at}/fields/${f}/conflict`;
      checkFieldRule(context, entity, field, field.conflict, rulePointer);
      if ('unit' in field.conflict && field.conflict.unit === 'record') {
        context.report(
          'SPEC125',
          `${rulePointer}/unit`,
          `Field “${field.name}” of entity “${entity.name}” has a whole-record rule (unit record), but a field's rule decides only that field.`,
          'Put the whole-record rule on the entity\'s conflict rule, or remove "unit" here.',
        );
      }
      // On a json field, field-merge merges the object's top-level keys; elsewhere it has nothing to merge.
      if (field.conflict.strategy === 'field-merge' && field.type !== 'json') {
        context.report(
          'SPEC123',
          `${rulePointer}/strategy`,
          `Field “${field.name}” of entity “${entity.name}” uses "field-merge", which merges edits to different fields; on a single field it behaves like "last-writer-wins".`,
          'Use "field-merge" on the entity, and give this field "last-writer-wins" or a rule that fits its type.',
        );
      }
      checkPrompt(context, field.conflict, rulePointer, `field “${field.name}” of entity “${entity.name}”`);
    });
    checkEntityRule(context, entity, `${at}/conflict`);
    checkPrompt(context, entity.conflict, `${at}/conflict`, `entity “${entity.name}”`);
  });
}

function checkFieldRule(
  context: LintContext,
  entity: Entity,
  field: Field,
  rule: ConflictRule,
  rulePointer: string,
): void {
  const types = fitsTypes[rule.strategy];
  if (types && !types.includes(field.type)) {
    context.report(
      'SPEC120',
      `${rulePointer}/strategy`,
      `Field “${field.name}” of entity “${entity.name}” is a ${field.type} field, but its conflict rule "${rule.strategy}" ${strategyMeaning[rule.strategy]} and works only on ${typeList(types)} fields.`,
      `Change the field's type or pick a rule that fits a ${field.type} field, such as "last-writer-wins".`,
    );
    return;
  }
  if (rule.strategy === 'enum-precedence' && field.type === 'enum') {
    checkEnumOrder(context, field.name, field.values, rule.order, `${rulePointer}/order`);
  }
}

/** An entity rule with a type-specific strategy applies to every field that has no rule of its own. */
function checkEntityRule(context: LintContext, entity: Entity, rulePointer: string): void {
  const rule = entity.conflict;
  const types = fitsTypes[rule.strategy];
  if (!types) return;
  const covered = entity.fields.filter((f) => !f.conflict && f.name !== entity.key);
  const misfits = covered.filter((f) => !types.includes(f.type));
  if (misfits.length > 0) {
    context.report(
      'SPEC120',
      `${rulePointer}/strategy`,
      `Entity “${entity.name}” resolves conflicts with "${rule.strategy}", which works only on ${typeList(types)} fields, but it also applies to ${nameList(
        misfits.map((f) => f.name),
      )}.`,
      'Use a general rule such as "field-merge" or "last-writer-wins" on the entity and put this rule on the fields it fits.',
    );
    return;
  }
  if (rule.strategy === 'enum-precedence') {
    for (const field of covered) {
      if (field.type === 'enum')
        checkEnumOrder(context, field.name, field.values, rule.order, `${rulePointer}/order`);
    }
  }
}

function checkEnumOrder(
  context: LintContext,
  fieldName: string,
  values: readonly string[],
  order: readonly string[],
  orderPointer: string,
): void {
  const known = new Set(values);
  order.forEach((value, i) => {
    if (known.has(value)) return;
    context.report(
      'SPEC121',
      `${orderPointer}/${i}`,
      `The conflict order names “${value}”, which is not a value of the enum field “${fieldName}”.`,
      `Use only the field's values: ${nameList(values, 20)}.`,
    );
  });
  const listed = new Set(order);
  const missing = values.filter((v) => !listed.has(v));
  if (missing.length > 0) {
    context.report(
      'SPEC122',
      orderPointer,
      `The conflict order for field “${fieldName}” leaves out ${nameList(missing, 20)}; an unlisted value loses to every listed one, and two unlisted values fall back to the later edit.`,
      'List every value of the field, strongest first.',
    );
  }
}

function checkPrompt(context: LintContext, rule: ConflictRule, rulePointer: string, subject: string): void {
  if (rule.strategy !== 'manual' || (rule.prompt !== undefined && rule.prompt.trim() !== '')) return;
  context.report(
    'SPEC124',
    rulePointer,
    `The manual conflict rule of ${subject} has no prompt, so there is no message for the person deciding.`,
    'Add a "prompt" that says what changed and what to choose, e.g. "Two people edited the notes: pick the version to keep."',
  );
}
