import { permissionsFor } from '../access';
import type { FieldCipher } from '../crypto';
import { EntityCodec, isStoredLocally } from '../local-store';
import { priorityRank } from '../outbox/entry';
import { type SyncSpec, validate } from '../spec';
import type { EntityRuntime } from './context';

/**
 * What the engine derives once per entity: codec, priority rank, the user's merged permissions.
 * Refuses, naming the JSON pointer to fix, an encrypted key field and an index over an encrypted
 * field (an index would reveal the values it orders).
 */
export function entityRuntimes(
  spec: SyncSpec,
  cipher: FieldCipher | undefined,
  roles: readonly string[],
): Map<string, EntityRuntime> {
  const out = new Map<string, EntityRuntime>();
  spec.entities.forEach((entity, position) => {
    const encrypted = new Set(entity.offline.encrypt ?? []);
    if (encrypted.has(entity.key)) {
      throw new Error(
        `entity ${entity.name}: its key field ${entity.key} cannot be encrypted (remove it from /entities/${position}/offline/encrypt)`,
      );
    }
    (entity.indexes ?? []).forEach((index, i) => {
      const sealed = index.fields.find((f) => encrypted.has(f));
      if (sealed !== undefined) {
        throw new Error(
          `entity ${entity.name}: index /entities/${position}/indexes/${i} covers ${sealed}, which is stored encrypted; an index would reveal its values (drop the index or the encryption)`,
        );
      }
    });
    const keyField = entity.fields.find((f) => f.name === entity.key);
    out.set(entity.name, {
      entity,
      position,
      codec: isStoredLocally(entity)
        ? new EntityCodec(entity, cipher)
        : new EntityCodec({ ...entity, offline: { ...entity.offline, encrypt: [] } }, undefined),
      rank: priorityRank(entity.sync.priority),
      permissions: permissionsFor(spec, roles, entity.name),
      numericKey: keyField?.type === 'integer' || keyField?.type === 'number',
      fields: new Map(entity.fields.map((f) => [f.name, f])),
    });
  });
  return out;
}

/** Validates the spec, throwing the first errors with their codes and pointers. */
export function parseSpec(input: unknown): SyncSpec {
  const result = validate(input);
  if (result.valid) return result.spec;
  const lines = result.diagnostics
    .filter((d) => d.severity === 'error')
    .slice(0, 10)
    .map((d) => `  ${d.code} ${d.pointer || '/'}: ${d.message}`);
  throw new Error(`the spec is not valid:\n${lines.join('\n')}`);
}
