import type { LintContext } from './context';
import { unknownNameHint } from './context';

/** Reports an entity name that no entity has. Returns true when the name is known. */
export function knownEntity(context: LintContext, name: string, pointer: string, usedAs: string): boolean {
  if (context.entities.has(name)) return true;
  context.report(
    'SPEC100',
    pointer,
    `${context.where(pointer)} names the entity “${name}” ${usedAs}, but there is no entity of that name.`,
    unknownNameHint(name, context.entities.keys(), 'entity'),
  );
  return false;
}

/** Reports a field name that the entity does not have. Returns true when the field exists. */
export function knownField(
  context: LintContext,
  entityName: string,
  name: string,
  pointer: string,
  usedAs: string,
): boolean {
  const entity = context.entities.get(entityName);
  if (!entity || entity.fields.has(name)) return true;
  context.report(
    'SPEC101',
    pointer,
    `${context.where(pointer)} names the field “${name}” ${usedAs}, but entity “${entityName}” has no such field.`,
    unknownNameHint(name, entity.fields.keys(), 'field'),
  );
  return false;
}

/**
 * Names used inside an entity (reference targets, index and encrypted fields) and inside offline
 * states (entities synced or written) must exist.
 */
export function checkReferences(context: LintContext): void {
  const { spec } = context;
  spec.entities.forEach((entity, e) => {
    const at = `/entities/${e}`;
    entity.fields.forEach((field, f) => {
      if (field.type === 'reference') {
        knownEntity(context, field.entity, `${at}/fields/${f}/entity`, 'as the target of this reference');
      }
    });
    (entity.indexes ?? []).forEach((index, i) => {
      index.fields.forEach((name, n) => {
        knownField(context, entity.name, name, `${at}/indexes/${i}/fields/${n}`, 'to index');
      });
    });
    (entity.offline.encrypt ?? []).forEach((name, n) => {
      knownField(context, entity.name, name, `${at}/offline/encrypt/${n}`, 'to encrypt');
    });
  });
  spec.offlineStates.states.forEach((state, s) => {
    const at = `/offlineStates/states/${s}`;
    (state.sync.entities ?? []).forEach((name, n) => {
      knownEntity(context, name, `${at}/sync/entities/${n}`, 'to sync in this state');
    });
    (state.entityWrites ?? []).forEach((exception, x) => {
      knownEntity(context, exception.entity, `${at}/entityWrites/${x}/entity`, 'for its write rule');
    });
  });
}
