import type { Field } from '../types';
import type { LintContext } from './context';
import { nameList } from './context';

/** What is wrong with a field's default, if anything, in words. */
function defaultProblem(field: Field): string | undefined {
  if (!('default' in field) || field.default === undefined) return undefined;
  switch (field.type) {
    case 'enum':
      return field.values.includes(field.default)
        ? undefined
        : `is not one of its values (${nameList(field.values, 20)})`;
    case 'string':
    case 'text':
      return field.maxLength !== undefined && field.default.length > field.maxLength
        ? `is longer than its maxLength of ${field.maxLength}`
        : undefined;
    case 'number':
    case 'integer':
      if (field.minimum !== undefined && field.default < field.minimum)
        return `is below its minimum of ${field.minimum}`;
      if (field.maximum !== undefined && field.default > field.maximum)
        return `is above its maximum of ${field.maximum}`;
      return undefined;
    default:
      return undefined;
  }
}

/**
 * A field's own settings must agree: a default the field could not hold would be written into every
 * new record, and a minimum above the maximum leaves no value allowed.
 */
export function checkFieldSettings(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    entity.fields.forEach((field, f) => {
      const problem = defaultProblem(field);
      if (problem !== undefined && 'default' in field) {
        context.report(
          'SPEC116',
          `/entities/${e}/fields/${f}/default`,
          `The default ${JSON.stringify(field.default)} of field “${field.name}” in entity “${entity.name}” ${problem}, so every new record would start invalid.`,
          'Change the default to a value the field accepts, or remove it.',
        );
      }
      if (
        (field.type === 'number' || field.type === 'integer') &&
        field.minimum !== undefined &&
        field.maximum !== undefined &&
        field.minimum > field.maximum
      ) {
        context.report(
          'SPEC117',
          `/entities/${e}/fields/${f}/minimum`,
          `Field “${field.name}” of entity “${entity.name}” has minimum ${field.minimum} above its maximum ${field.maximum}, so no value is allowed.`,
          'Swap the two, or correct the one that is wrong.',
        );
      }
    });
  });
}
