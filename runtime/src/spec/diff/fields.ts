import type { Entity, Field } from '../types';
import { byName, type Emit, same, show } from './util';

const settingRisk: Record<string, 'low' | 'medium'> = {
  maxLength: 'medium',
  minLength: 'medium',
  pattern: 'medium',
  minimum: 'medium',
  maximum: 'medium',
  minItems: 'medium',
  maxItems: 'medium',
  default: 'low',
  tags: 'low',
  description: 'low',
};

/** Changes to the fields of one entity present in both specs. */
export function diffFields(old: Entity, next: Entity, oldAt: string, nextAt: string, emit: Emit): void {
  const name = next.name;
  const before = byName(old.fields);
  const after = byName(next.fields);
  for (const [fieldName, { index }] of before) {
    if (after.has(fieldName)) continue;
    emit({
      kind: 'field-removed',
      entity: name,
      field: fieldName,
      pointer: `${oldAt}/fields/${index}`,
      summary: `${name}.${fieldName} removed`,
      risk: 'high',
      breaking: true,
      detail:
        'Devices still hold values of this field and apps still write it; their changes will be refused or dropped.',
    });
  }
  for (const [fieldName, { item: field, index }] of after) {
    const at = `${nextAt}/fields/${index}`;
    const was = before.get(fieldName)?.item;
    if (!was) {
      const required = field.required === true;
      const unfilled = required && !('default' in field && field.default !== undefined);
      emit({
        kind: 'field-added',
        entity: name,
        field: fieldName,
        required,
        pointer: at,
        summary: `${name}.${fieldName} added (${field.type}${required ? ', required' : ''})`,
        risk: unfilled ? 'high' : 'low',
        breaking: unfilled,
        ...(unfilled
          ? {
              detail:
                'Records already on devices have no value for it and no default: give it a default or make it optional.',
            }
          : {}),
      });
      continue;
    }
    diffField(name, was, field, at, emit);
  }
}

function diffField(entity: string, was: Field, field: Field, at: string, emit: Emit): void {
  const id = `${entity}.${field.name}`;
  if (was.type !== field.type) {
    emit({
      kind: 'field-type-changed',
      entity,
      field: field.name,
      before: was.type,
      after: field.type,
      pointer: `${at}/type`,
      summary: `${id} type: ${was.type} → ${field.type}`,
      risk: 'high',
      breaking: true,
      detail:
        'Values stored on devices have the old type; migrate them on the server and ship a new app version.',
    });
  }
  const wasRequired = was.required === true;
  const required = field.required === true;
  if (wasRequired !== required) {
    const hasDefault = 'default' in field && field.default !== undefined;
    const breaking = required && !hasDefault;
    emit({
      kind: 'field-required-changed',
      entity,
      field: field.name,
      required,
      pointer: at,
      summary: `${id} ${required ? 'now required' : 'now optional'}`,
      risk: breaking ? 'high' : required ? 'medium' : 'low',
      breaking,
      ...(breaking
        ? { detail: 'Records saved offline without this field will be refused; add a default.' }
        : {}),
    });
  }
  if (was.type === 'enum' && field.type === 'enum') {
    const removed = was.values.filter((v) => !field.values.includes(v));
    const added = field.values.filter((v) => !was.values.includes(v));
    if (removed.length > 0) {
      emit({
        kind: 'enum-values-removed',
        entity,
        field: field.name,
        values: removed,
        pointer: `${at}/values`,
        summary: `${id} values removed: ${removed.join(', ')}`,
        risk: 'high',
        breaking: true,
        detail: 'Records on devices may hold these values; map them to remaining values on the server first.',
      });
    }
    if (added.length > 0) {
      emit({
        kind: 'enum-values-added',
        entity,
        field: field.name,
        values: added,
        pointer: `${at}/values`,
        summary: `${id} values added: ${added.join(', ')}`,
        risk: 'medium',
        breaking: false,
        detail: 'Older app versions may not know how to show the new values.',
      });
    }
  }
  if (was.type === 'reference' && field.type === 'reference' && was.entity !== field.entity) {
    emit({
      kind: 'field-setting-changed',
      entity,
      field: field.name,
      property: 'entity',
      before: was.entity,
      after: field.entity,
      pointer: `${at}/entity`,
      summary: `${id} now refers to ${field.entity} instead of ${was.entity}`,
      risk: 'high',
      breaking: true,
      detail: 'Stored references point at records of the old entity.',
    });
  }
  const wasSettings = was as unknown as Record<string, unknown>;
  const settings = field as unknown as Record<string, unknown>;
  for (const property of Object.keys(settingRisk)) {
    if (same(wasSettings[property], settings[property])) continue;
    emit({
      kind: 'field-setting-changed',
      entity,
      field: field.name,
      property,
      before: wasSettings[property],
      after: settings[property],
      pointer: `${at}/${property}`,
      summary: `${id} ${property}: ${show(wasSettings[property])} → ${show(settings[property])}`,
      risk: settingRisk[property] ?? 'low',
      breaking: false,
      ...(settingRisk[property] === 'medium'
        ? {
            detail:
              'A tighter limit: values already stored may fall outside it. A looser one: writes refused until now are accepted.',
          }
        : {}),
    });
  }
  const wasFixed = was.fixed === true;
  if (wasFixed !== (field.fixed === true)) {
    // A field no longer fixed after create is a loosened write rule: anyone who may update the
    // record may now change it.
    emit({
      kind: 'field-setting-changed',
      entity,
      field: field.name,
      property: 'fixed',
      before: wasFixed,
      after: !wasFixed,
      pointer: wasFixed ? at : `${at}/fixed`,
      summary: wasFixed ? `${id} no longer fixed after create` : `${id} fixed after create`,
      risk: wasFixed ? 'high' : 'medium',
      breaking: false,
      detail: wasFixed
        ? 'Every role that may update the record may now change this field.'
        : 'Updates that change this field are refused from now on, also from devices that queued them offline.',
    });
  }
  if (!same(was.conflict, field.conflict)) {
    const from = was.conflict?.strategy;
    const to = field.conflict?.strategy;
    emit({
      kind: 'conflict-rule-changed',
      entity,
      field: field.name,
      before: from,
      after: to,
      pointer: field.conflict ? `${at}/conflict` : at,
      summary: `${id} conflict rule: ${from ?? 'entity rule'} → ${to ?? 'entity rule'}`,
      risk: from === to ? 'low' : 'medium',
      breaking: false,
      detail: 'Devices running the old rules resolve conflicts the old way until they update.',
    });
  }
}
