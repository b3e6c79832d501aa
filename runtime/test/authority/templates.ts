import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Operation, RecordValues } from '../../src/protocol/types';
import { type SyncSpec, validate } from '../../src/spec';
import { hlc } from '../merge/fixtures';

/** A template of `templates/`, validated. */
export function templateSpec(name: string): SyncSpec {
  const path = fileURLToPath(new URL(`../../../templates/${name}.json`, import.meta.url));
  const result = validate(readFileSync(path, 'utf8'));
  if (!result.valid) throw new Error(`templates/${name}.json is not a valid spec`);
  return result.spec;
}

let seq = 0;

/** An operation on any entity, with a fresh id and clock (base version 0: a create). */
export function op(
  entity: string,
  key: string,
  changes: RecordValues,
  kind: Operation['kind'] = 'upsert',
): Operation {
  seq++;
  const id = `op-${seq}`;
  return { id, entity, key, kind, changes, base: {}, baseVersion: 0, hlc: hlc(1000 + seq), clientId: 'dev' };
}
