import type { LintContext } from './context';
import { unknownNameHint } from './context';

/**
 * Every entity's key must be one of its fields, required, and a string or an integer: records are
 * looked up and referenced by it, on the device and on the server. Encrypting it would make those
 * lookups impossible.
 */
export function checkKeys(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    const f = entity.fields.findIndex((field) => field.name === entity.key);
    const keyField = entity.fields[f];
    if (!keyField) {
      context.report(
        'SPEC110',
        `/entities/${e}/key`,
        `Entity “${entity.name}” uses “${entity.key}” as its key, but has no field of that name.`,
        unknownNameHint(
          entity.key,
          entity.fields.map((field) => field.name),
          'field',
        ),
      );
      return;
    }
    const fieldPointer = `/entities/${e}/fields/${f}`;
    if (keyField.type !== 'string' && keyField.type !== 'integer') {
      context.report(
        'SPEC112',
        `${fieldPointer}/type`,
        `The key of entity “${entity.name}” is the ${keyField.type} field “${keyField.name}”; a key must be a string or an integer.`,
        'Make the key field a "string" (for example a UUID) or an "integer".',
      );
    }
    if (keyField.required !== true) {
      context.report(
        'SPEC111',
        fieldPointer,
        `The key field “${keyField.name}” of entity “${entity.name}” is not required, so a record could be saved without an identity.`,
        'Make the key field required.',
      );
    }
    const encrypt = entity.offline.encrypt ?? [];
    const at = encrypt.indexOf(entity.key);
    if (at >= 0) {
      context.report(
        'SPEC113',
        `/entities/${e}/offline/encrypt/${at}`,
        `Entity “${entity.name}” encrypts its key field “${entity.key}”; the device needs the key in clear to find records.`,
        `Remove “${entity.key}” from "encrypt"; encrypt the sensitive fields instead.`,
      );
    }
  });
}
