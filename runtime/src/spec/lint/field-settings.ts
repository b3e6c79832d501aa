import { patternProblem } from '../../access/pattern';
import type { Field } from '../types';
import { describeValue } from '../words';
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
          `The default ${describeValue(field.default)} of field “${field.name}” in entity “${entity.name}” ${problem}, so every new record would start invalid.`,
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
      const least = 'minLength' in field ? field.minLength : 'minItems' in field ? field.minItems : undefined;
      const most = 'maxLength' in field ? field.maxLength : 'maxItems' in field ? field.maxItems : undefined;
      if (least !== undefined && most !== undefined && least > most) {
        const [low, high] = 'minLength' in field ? ['minLength', 'maxLength'] : ['minItems', 'maxItems'];
        context.report(
          'SPEC117',
          `/entities/${e}/fields/${f}/${low}`,
          `Field “${field.name}” of entity “${entity.name}” has ${low} ${least} above its ${high} ${most}, so no value is allowed.`,
          'Swap the two, or correct the one that is wrong.',
        );
      }
      const pattern = 'pattern' in field ? field.pattern : undefined;
      const unsafe = pattern === undefined ? undefined : patternProblem(pattern);
      if (unsafe !== undefined) {
        context.report(
          'SPEC118',
          `/entities/${e}/fields/${f}/pattern`,
          `The pattern of field “${field.name}” in entity “${entity.name}” ${unsafe}, so no value could be checked against it.`,
          'Write the pattern without back-references (\\1) or look-around ((?=, (?!, (?<=): they need backtracking, which could let one value stall the server.',
        );
      }
    });
  });
}
