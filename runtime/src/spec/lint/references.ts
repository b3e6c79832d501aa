import type { LintContext } from './context';
import { unknownNameHint } from './context';

/** Reports an entity name that no entity has. */
export function reportUnknownEntity(
  context: LintContext,
  name: string,
  pointer: string,
  usedAs: string,
): void {
  context.report(
    'SPEC100',
    pointer,
    `${context.where(pointer)} names the entity “${name}” ${usedAs}, but there is no entity of that name.`,
    unknownNameHint(name, context.entities.keys(), 'entity'),
  );
}

/** Reports a field name that the entity does not have. */
export function reportUnknownField(
  context: LintContext,
  entityName: string,
  name: string,
  pointer: string,
  usedAs: string,
): void {
  const entity = context.entities.get(entityName);
  context.report(
    'SPEC101',
    pointer,
    `${context.where(pointer)} names the field “${name}” ${usedAs}, but entity “${entityName}” has no such field.`,
    unknownNameHint(name, entity?.fields.keys() ?? [], 'field'),
  );
}

/**
 * Names used inside an entity (reference targets, index and encrypted fields) and inside offline
 * states (entities synced or written) must exist.
 */
export function checkReferences(context: LintContext): void {
  const { spec, entities } = context;
  spec.entities.forEach((entity, e) => {
    const fields = entities.get(entity.name)?.fields;
    entity.fields.forEach((field, f) => {
      if (field.type === 'reference' && !entities.has(field.entity)) {
        reportUnknownEntity(
          context,
          field.entity,
          `/entities/${e}/fields/${f}/entity`,
          'as the target of this reference',
        );
      }
    });
    (entity.indexes ?? []).forEach((index, i) => {
      index.fields.forEach((name, n) => {
        if (fields?.has(name) === false) {
          reportUnknownField(
            context,
            entity.name,
            name,
            `/entities/${e}/indexes/${i}/fields/${n}`,
            'to index',
          );
        }
      });
    });
    (entity.offline.encrypt ?? []).forEach((name, n) => {
      if (fields?.has(name) === false) {
        reportUnknownField(context, entity.name, name, `/entities/${e}/offline/encrypt/${n}`, 'to encrypt');
      }
    });
  });
  spec.offlineStates.states.forEach((state, s) => {
    (state.sync.entities ?? []).forEach((name, n) => {
      if (!entities.has(name)) {
        reportUnknownEntity(
          context,
          name,
          `/offlineStates/states/${s}/sync/entities/${n}`,
          'to sync in this state',
        );
      }
    });
    (state.entityWrites ?? []).forEach((exception, x) => {
      if (!entities.has(exception.entity)) {
        reportUnknownEntity(
          context,
          exception.entity,
          `/offlineStates/states/${s}/entityWrites/${x}/entity`,
          'for its write rule',
        );
      }
    });
  });
}
