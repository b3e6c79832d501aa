import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { compile, decompile } from '../../src/compiler';
import type { Drawing } from '../../src/console/review/canvas-diff';

/** A fresh copy of the field-service template. */
export const fieldService = () =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
  ) as SyncSpec;

/** A spec drawn as the console draws it (layout leaves ids and owners alone, so it is skipped here). */
export function drawing(spec: SyncSpec): Drawing {
  const doc = decompile(spec);
  return { spec, doc, owners: compile(doc).owners };
}

/** The id of the node of `kind` named `name`, if the drawing has one. */
export const nodeOf = (d: Drawing, kind: string, name: string) =>
  d.doc.nodes.find((n) => n.kind === kind && 'name' in n.data && (n.data as { name: string }).name === name)
    ?.id;
