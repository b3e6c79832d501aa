import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SyncSpec } from '../../src/spec';

/** The folder of shipped templates. */
export const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** A fresh copy of a shipped template, for a test to change freely. */
export function template(name = 'field-service'): SyncSpec {
  return JSON.parse(readFileSync(`${templatesDir}${name}.json`, 'utf8')) as SyncSpec;
}

/** Finds an entity of a spec by name, failing the test when it is missing. */
export function entityOf(spec: SyncSpec, name: string): SyncSpec['entities'][number] {
  const found = spec.entities.find((e) => e.name === name);
  if (!found) throw new Error(`fixture has no entity ${name}`);
  return found;
}

/** Finds a field of an entity by name, failing the test when it is missing. */
export function fieldOf(
  spec: SyncSpec,
  entity: string,
  field: string,
): SyncSpec['entities'][number]['fields'][number] {
  const found = entityOf(spec, entity).fields.find((f) => f.name === field);
  if (!found) throw new Error(`fixture has no field ${entity}.${field}`);
  return found;
}
