import { readFileSync } from 'node:fs';
import type { SyncSpec } from '@syncraft/runtime/spec';

/** The field-service template the app runs. */
export const templateSpec = (): SyncSpec =>
  JSON.parse(
    readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8'),
  ) as SyncSpec;

/** The template at another version, with an optional text field added to Visit. */
export function nextSpec(version: string): SyncSpec {
  const spec = templateSpec();
  return {
    ...spec,
    app: { ...spec.app, version },
    entities: spec.entities.map((e) =>
      e.name === 'Visit' ? { ...e, fields: [...e.fields, { name: 'summary', type: 'text' }] } : e,
    ),
  } as SyncSpec;
}
